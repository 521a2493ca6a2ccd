package dev.scry.encoder.fingerprint;

import java.util.Optional;

/**
 * Finds the picture inside a screenshot: the largest rectangle (of a sensible shape) of {@link Planes}
 * cells none of which is background, where a cell is background when it differs from each of its four
 * neighbours by less than {@value #FLAT} (brightness plus colour, in 0-255 units) and has about the
 * page colour, the commonest colour of such flat cells near the edges, or when it has the page colour
 * within {@value #SAME_COLOUR}. Window chrome, page background and the gaps
 * between lines of text are background; a photograph hardly ever is, even where it is dark and smooth.
 */
final class ContentBox {
    static final double FLAT = 1.0;
    /** The resolution it works at: fine enough that the gap between a picture and its caption is flat. */
    static final int SIDE = 256;
    /** The box must cover at least this share of the picture, and not nearly all of it. */
    private static final double MIN_AREA = 0.12;
    private static final double MAX_AREA = 0.9;
    private static final int MIN_CELLS = 6;
    /** Width over height of the box, in pixels, must lie between 1/ASPECT and ASPECT. */
    private static final double ASPECT = 3;
    private static final double PAGE_COLOUR = 6.0;
    /** A cell this close to the page colour is background even next to an edge. */
    private static final double SAME_COLOUR = 2.0;

    private ContentBox() {
    }

    /** The box as fractions {x, y, width, height} of the picture, if there is one worth a query. */
    static Optional<double[]> find(Planes planes) {
        int w = planes.width;
        int h = planes.height;
        if (w < 2 * MIN_CELLS || h < 2 * MIN_CELLS) {
            return Optional.empty();
        }
        boolean[] busy = busyCells(planes);
        int[] heights = new int[w];
        int[] stack = new int[w + 1];
        long bestArea = 0;
        int[] best = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                heights[x] = busy[y * w + x] ? heights[x] + 1 : 0;
            }
            int top = 0;
            for (int x = 0; x <= w; x++) {
                int current = x == w ? 0 : heights[x];
                while (top > 0 && heights[stack[top - 1]] >= current) {
                    int height = heights[stack[--top]];
                    int left = top == 0 ? 0 : stack[top - 1] + 1;
                    long area = (long) height * (x - left);
                    double aspect = (double) (x - left) / height;
                    if (area > bestArea && height >= MIN_CELLS && x - left >= MIN_CELLS && aspect < ASPECT && aspect > 1 / ASPECT) {
                        bestArea = area;
                        best = new int[] { left, y - height + 1, x - left, height };
                    }
                }
                stack[top++] = x;
            }
        }
        if (best == null || bestArea < MIN_AREA * w * h || bestArea > MAX_AREA * w * h) {
            return Optional.empty();
        }
        return Optional.of(new double[] { (double) best[0] / w, (double) best[1] / h, (double) best[2] / w, (double) best[3] / h });
    }

    private static boolean[] busyCells(Planes planes) {
        int w = planes.width;
        int h = planes.height;
        float[] cells = new float[3 * w * h];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    cells[(y * w + x) * 3 + c] = (float) (planes.cell(c, x, y) * 255);
                }
            }
        }
        boolean[] busy = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                busy[y * w + x] = differs(cells, w, h, x, y, x - 1, y) || differs(cells, w, h, x, y, x + 1, y)
                        || differs(cells, w, h, x, y, x, y - 1) || differs(cells, w, h, x, y, x, y + 1);
            }
        }
        float[] page = pageColour(cells, busy, w, h);
        if (page != null) {
            for (int i = 0; i < busy.length; i++) {
                double distance = Math.abs(cells[3 * i] - page[0]) + Math.abs(cells[3 * i + 1] - page[1])
                        + Math.abs(cells[3 * i + 2] - page[2]);
                busy[i] = distance > PAGE_COLOUR || busy[i] && distance > SAME_COLOUR;
            }
        }
        return busy;
    }

    /**
     * The commonest colour of the flat cells in the outer eighth of the picture, on a grid of
     * {@value #PAGE_COLOUR} units; null if none is flat.
     */
    private static float[] pageColour(float[] cells, boolean[] busy, int w, int h) {
        java.util.Map<Long, double[]> bins = new java.util.HashMap<>(); // count and colour sums
        double[] best = null;
        for (int i = 0; i < busy.length; i++) {
            int x = i % w;
            int y = i / w;
            boolean outer = x < w / 8 || x >= w - w / 8 || y < h / 8 || y >= h - h / 8;
            if (outer && !busy[i]) {
                long key = 0;
                for (int c = 0; c < 3; c++) {
                    key = key * 4096 + (long) Math.floor(cells[3 * i + c] / PAGE_COLOUR) + 2048;
                }
                double[] bin = bins.computeIfAbsent(key, k -> new double[4]);
                bin[0]++;
                for (int c = 0; c < 3; c++) {
                    bin[c + 1] += cells[3 * i + c];
                }
                if (best == null || bin[0] > best[0]) {
                    best = bin;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new float[] { (float) (best[1] / best[0]), (float) (best[2] / best[0]), (float) (best[3] / best[0]) };
    }

    /** Whether cell (x, y) differs from cell (nx, ny); cells outside the picture differ from none. */
    private static boolean differs(float[] cells, int w, int h, int x, int y, int nx, int ny) {
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
            return false;
        }
        int a = (y * w + x) * 3;
        int b = (ny * w + nx) * 3;
        return Math.abs(cells[a] - cells[b]) + Math.abs(cells[a + 1] - cells[b + 1]) + Math.abs(cells[a + 2] - cells[b + 2]) > FLAT;
    }
}
