package dev.scry.encoder.fingerprint;

import java.util.Optional;

/**
 * Finds the picture inside a screenshot: the rectangle (of a sensible shape) of {@link Planes} cells
 * with the largest sum of 1 per busy cell less {@value #BACKGROUND_COST} per background cell, so a
 * few background-like cells inside a picture do not split it but a caption's sparse text is left
 * out. A cell is flat when it differs from each of its four neighbours by less than {@value #FLAT}
 * (brightness plus colour, in 0-255 units); it is background when it is flat and connected through
 * flat cells to the edge of the screenshot (chrome, panels, page, the gaps between lines of text), or
 * when it has the page colour (the commonest flat colour near the edges) within {@value #SAME_COLOUR}.
 * A picture's own smooth areas are walled off from the page by its busy border, so they stay busy.
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
    /** The grid on which flat colours are counted to find the page colour. */
    private static final double PAGE_COLOUR = 6.0;
    /** A cell this close to the page colour is background even next to an edge. */
    private static final double SAME_COLOUR = 2.0;
    /** What a background cell inside the box costs, against 1 gained for each busy cell. */
    private static final double BACKGROUND_COST = 3.0;

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
        double bestSum = 0;
        int[] best = null;
        double[] rows = new double[h];
        for (int left = 0; left < w; left++) {
            java.util.Arrays.fill(rows, 0);
            for (int right = left; right < w; right++) {
                for (int y = 0; y < h; y++) {
                    rows[y] += busy[y * w + right] ? 1 : -BACKGROUND_COST;
                }
                double sum = 0;
                int top = 0;
                for (int y = 0; y < h; y++) { // Kadane: the best run of rows ending at y
                    if (sum <= 0) {
                        sum = 0;
                        top = y;
                    }
                    sum += rows[y];
                    int width = right - left + 1;
                    int height = y - top + 1;
                    if (sum > bestSum && width >= MIN_CELLS && height >= MIN_CELLS && width < ASPECT * height
                            && height < ASPECT * width) {
                        bestSum = sum;
                        best = new int[] { left, top, width, height };
                    }
                }
            }
        }
        long bestArea = best == null ? 0 : (long) best[2] * best[3];
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
        boolean[] background = reachedFromTheEdge(busy, w, h);
        float[] page = pageColour(cells, busy, w, h);
        for (int i = 0; i < busy.length; i++) {
            boolean pageColoured = page != null && Math.abs(cells[3 * i] - page[0]) + Math.abs(cells[3 * i + 1] - page[1])
                    + Math.abs(cells[3 * i + 2] - page[2]) <= SAME_COLOUR;
            busy[i] = !background[i] && !pageColoured;
        }
        return busy;
    }

    /** The flat cells connected through flat cells to the picture's edge: chrome, panels and page. */
    private static boolean[] reachedFromTheEdge(boolean[] busy, int w, int h) {
        boolean[] reached = new boolean[w * h];
        int[] queue = new int[w * h];
        int tail = 0;
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            if (!busy[i] && (x == 0 || y == 0 || x == w - 1 || y == h - 1)) {
                reached[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            int x = i % w;
            int[] neighbours = { x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w };
            for (int n : neighbours) {
                if (n >= 0 && n < w * h && !busy[n] && !reached[n]) {
                    reached[n] = true;
                    queue[tail++] = n;
                }
            }
        }
        return reached;
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
