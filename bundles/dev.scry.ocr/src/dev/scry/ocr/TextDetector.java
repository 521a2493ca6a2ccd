package dev.scry.ocr;

import java.awt.geom.Point2D;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Finds text lines with the DB (differentiable binarization) model: the picture is resized to multiples
 * of 32, the model gives each pixel a text probability, and the post-processing turns the thresholded map
 * into boxes: connected regions, their minimum-area rectangles, scored by mean probability, grown
 * ("unclipped") by {@code area * ratio / perimeter}, and mapped back to the picture's pixels.
 */
final class TextDetector {
    /**
     * Longest side the model sees; larger pictures are scaled down (RapidOCR's max_side_len is 2000). The
     * model's working memory grows with the pixels it sees: 1600 (what indexing decodes pictures to for OCR)
     * instead of 2000 takes about 200 MB less native memory for a large picture (releng/bench/stress.sh).
     */
    static final int MAX_SIDE = 1600;
    static final float THRESHOLD = 0.3f;
    static final float BOX_THRESHOLD = 0.5f;
    static final float UNCLIP_RATIO = 1.6f;
    static final int MAX_CANDIDATES = 1000;
    static final int MIN_SIZE = 3;
    private static final float[] MEAN = { 0.485f, 0.456f, 0.406f };
    private static final float[] STD = { 0.229f, 0.224f, 0.225f };

    private final OrtSession session;
    private final String input;

    TextDetector(OrtSession session) {
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /** Boxes of the text lines in reading order (top to bottom, then left to right), in the picture's pixels. */
    List<Point2D[]> detect(Raster image) throws OrtException {
        double ratio = Math.min(1.0, (double) MAX_SIDE / Math.max(image.width, image.height));
        int w = Math.max(32, (int) Math.round(image.width * ratio / 32) * 32);
        int h = Math.max(32, (int) Math.round(image.height * ratio / 32) * 32);
        return boxes(probability(image, w, h), w, h, image.width, image.height);
    }

    /**
     * How many pixels of the probability map, for the picture seen at most {@code side} pixels on its longer
     * side, pass {@link #THRESHOLD}: a cheap measure of how much of it may be text.
     */
    int textPixels(Raster image, int side) throws OrtException {
        double ratio = Math.min(1.0, (double) side / Math.max(image.width, image.height));
        int w = Math.max(32, (int) Math.round(image.width * ratio / 32) * 32);
        int h = Math.max(32, (int) Math.round(image.height * ratio / 32) * 32);
        int count = 0;
        for (float p : probability(image, w, h)) {
            if (p > THRESHOLD) {
                count++;
            }
        }
        return count;
    }

    /** The model's text probability of each pixel of the picture resized to {@code w x h}. */
    private float[] probability(Raster image, int w, int h) throws OrtException {
        float[] tensor = new float[3 * w * h];
        image.resizeInto(tensor, 0, w, h, w, h, MEAN, STD);
        OrtEnvironment env = dev.scry.onnx.OnnxRuntime.environment();
        float[] probability = new float[w * h];
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensor), new long[] { 1, 3, h, w });
                OrtSession.Result result = session.run(Map.of(input, in))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            out.get(probability);
        }
        return probability;
    }

    /** The DB post-processing on a probability map of {@code w x h} for a picture of {@code imageW x imageH}. */
    static List<Point2D[]> boxes(float[] probability, int w, int h, int imageW, int imageH) {
        boolean[] bitmap = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // 2x2 dilation (as RapidOCR): a pixel is set if it or its left, upper or upper-left neighbour passes
                int i = y * w + x;
                bitmap[i] = probability[i] > THRESHOLD
                        || (x > 0 && probability[i - 1] > THRESHOLD)
                        || (y > 0 && probability[i - w] > THRESHOLD)
                        || (x > 0 && y > 0 && probability[i - w - 1] > THRESHOLD);
            }
        }
        List<Point2D[]> found = new ArrayList<>();
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        int[] rowMin = new int[h];
        int[] rowMax = new int[h];
        int next = 0;
        for (int seed = 0; seed < w * h && next < MAX_CANDIDATES; seed++) {
            if (!bitmap[seed] || label[seed] != 0) {
                continue;
            }
            next++;
            int top = seed / w;
            int bottom = top;
            java.util.Arrays.fill(rowMin, top, h, Integer.MAX_VALUE);
            java.util.Arrays.fill(rowMax, top, h, -1);
            int sp = 0;
            stack[sp++] = seed;
            label[seed] = next;
            while (sp > 0) {
                int p = stack[--sp];
                int px = p % w;
                int py = p / w;
                rowMin[py] = Math.min(rowMin[py], px);
                rowMax[py] = Math.max(rowMax[py], px);
                bottom = Math.max(bottom, py);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (bitmap[q] && label[q] == 0) {
                            label[q] = next;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            Point2D[] box = box(probability, w, h, rowMin, rowMax, top, bottom);
            if (box != null) {
                found.add(toPicture(box, w, h, imageW, imageH));
            }
        }
        List<Point2D[]> kept = new ArrayList<>();
        for (Point2D[] box : found) {
            if ((int) box[0].distance(box[1]) > 3 && (int) box[0].distance(box[3]) > 3) {
                kept.add(box);
            }
        }
        return readingOrder(kept);
    }

    /** One region's box in map pixels, or null if it is too small or too faint. */
    private static Point2D[] box(float[] probability, int w, int h, int[] rowMin, int[] rowMax, int top, int bottom) {
        double[] xy = new double[4 * (bottom - top + 1)];
        int n = 0;
        for (int y = top; y <= bottom; y++) {
            if (rowMax[y] < 0) {
                continue;
            }
            xy[2 * n] = rowMin[y];
            xy[2 * n + 1] = y;
            n++;
            if (rowMax[y] != rowMin[y]) {
                xy[2 * n] = rowMax[y];
                xy[2 * n + 1] = y;
                n++;
            }
        }
        double[] rect = Boxes.minAreaRect(Boxes.hull(xy, n));
        if (Math.min(rect[2], rect[3]) < MIN_SIZE) {
            return null;
        }
        Point2D[] corners = Boxes.readingOrder(Boxes.corners(rect, 0));
        if (score(probability, w, h, corners) < BOX_THRESHOLD) {
            return null;
        }
        double grow = Boxes.area(corners) * UNCLIP_RATIO / Boxes.perimeter(corners);
        if (Math.min(rect[2], rect[3]) + 2 * grow < MIN_SIZE + 2) {
            return null;
        }
        return Boxes.readingOrder(Boxes.corners(rect, grow));
    }

    /** Mean probability inside the box (PaddleOCR's box_score_fast). */
    static double score(float[] probability, int w, int h, Point2D[] box) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : box) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        int x0 = Math.max(0, Math.min(w - 1, (int) Math.floor(minX)));
        int x1 = Math.max(0, Math.min(w - 1, (int) Math.ceil(maxX)));
        int y0 = Math.max(0, Math.min(h - 1, (int) Math.floor(minY)));
        int y1 = Math.max(0, Math.min(h - 1, (int) Math.ceil(maxY)));
        double sum = 0;
        int count = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (inside(box, x, y)) {
                    sum += probability[y * w + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Whether a pixel centre lies in the convex quadrilateral, its edges included (half a pixel of slack). */
    private static boolean inside(Point2D[] q, double x, double y) {
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < 4; i++) {
            Point2D a = q[i];
            Point2D b = q[(i + 1) % 4];
            double ex = b.getX() - a.getX();
            double ey = b.getY() - a.getY();
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double d = (ex * (y - a.getY()) - ey * (x - a.getX())) / len;
            if (d > 0.5) {
                positive = true;
            } else if (d < -0.5) {
                negative = true;
            }
        }
        return !(positive && negative);
    }

    private static Point2D[] toPicture(Point2D[] box, int w, int h, int imageW, int imageH) {
        Point2D[] out = new Point2D[4];
        for (int i = 0; i < 4; i++) {
            double x = Math.round(box[i].getX() / w * imageW);
            double y = Math.round(box[i].getY() / h * imageH);
            out[i] = new Point2D.Double(Math.max(0, Math.min(imageW - 1, x)), Math.max(0, Math.min(imageH - 1, y)));
        }
        return out;
    }

    /** Top to bottom; boxes whose tops are within 10 pixels count as one row and go left to right. */
    static List<Point2D[]> readingOrder(List<Point2D[]> boxes) {
        List<Point2D[]> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.<Point2D[]>comparingDouble(b -> b[0].getY()).thenComparingDouble(b -> b[0].getX()));
        for (int i = 0; i < sorted.size() - 1; i++) {
            for (int j = i; j >= 0; j--) {
                Point2D[] a = sorted.get(j);
                Point2D[] b = sorted.get(j + 1);
                if (Math.abs(b[0].getY() - a[0].getY()) < 10 && b[0].getX() < a[0].getX()) {
                    sorted.set(j, b);
                    sorted.set(j + 1, a);
                } else {
                    break;
                }
            }
        }
        return sorted;
    }
}
