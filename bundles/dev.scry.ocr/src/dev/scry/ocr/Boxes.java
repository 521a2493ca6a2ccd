package dev.scry.ocr;

import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.Comparator;

/** Plane geometry for text boxes: convex hull, minimum-area rectangle, corner order, growing a rectangle. */
final class Boxes {
    private Boxes() {
    }

    /** Convex hull (counter-clockwise, Andrew's monotone chain) of {@code n} points given as x, y pairs. */
    static double[] hull(double[] xy, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> xy[2 * i]).thenComparingDouble(i -> xy[2 * i + 1]));
        double[] h = new double[4 * n + 4];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int j = 0; j < n; j++) {
                int i = order[pass == 0 ? j : n - 1 - j];
                double x = xy[2 * i];
                double y = xy[2 * i + 1];
                while (k - start >= 2 && cross(h[2 * k - 4], h[2 * k - 3], h[2 * k - 2], h[2 * k - 1], x, y) <= 0) {
                    k--;
                }
                h[2 * k] = x;
                h[2 * k + 1] = y;
                k++;
            }
            k--; // the last point starts the other chain
        }
        if (k < 1) {
            k = 1;
        }
        return Arrays.copyOf(h, 2 * k);
    }

    private static double cross(double ox, double oy, double ax, double ay, double bx, double by) {
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }

    /**
     * The smallest-area rectangle around a convex polygon (rotating calipers over its edges): its centre
     * {@code cx, cy}, side lengths {@code w, h} and the unit direction {@code ux, uy} of the {@code w} side.
     */
    static double[] minAreaRect(double[] hull) {
        int n = hull.length / 2;
        if (n == 1) {
            return new double[] { hull[0], hull[1], 0, 0, 1, 0 };
        }
        double best = Double.MAX_VALUE;
        double[] result = null;
        for (int e = 0; e < n; e++) {
            double ex = hull[2 * ((e + 1) % n)] - hull[2 * e];
            double ey = hull[2 * ((e + 1) % n) + 1] - hull[2 * e + 1];
            double len = Math.hypot(ex, ey);
            if (len == 0) {
                continue;
            }
            double ux = ex / len;
            double uy = ey / len;
            double minU = Double.MAX_VALUE;
            double maxU = -Double.MAX_VALUE;
            double minV = Double.MAX_VALUE;
            double maxV = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double u = hull[2 * i] * ux + hull[2 * i + 1] * uy;
                double v = -hull[2 * i] * uy + hull[2 * i + 1] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < best - 1e-9) {
                best = area;
                double cu = (minU + maxU) / 2;
                double cv = (minV + maxV) / 2;
                result = new double[] { cu * ux - cv * uy, cu * uy + cv * ux, maxU - minU, maxV - minV, ux, uy };
            }
        }
        return result;
    }

    /** The four corners of a rectangle from {@link #minAreaRect}, grown by {@code grow} on every side. */
    static Point2D[] corners(double[] rect, double grow) {
        double hw = rect[2] / 2 + grow;
        double hh = rect[3] / 2 + grow;
        double ux = rect[4];
        double uy = rect[5];
        Point2D[] p = new Point2D[4];
        int i = 0;
        for (int[] s : new int[][] { { -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 } }) {
            p[i++] = new Point2D.Double(rect[0] + s[0] * hw * ux - s[1] * hh * uy, rect[1] + s[0] * hw * uy + s[1] * hh * ux);
        }
        return p;
    }

    /**
     * Corners in reading order as PaddleOCR's get_mini_boxes orders them: of the two leftmost points the
     * upper is top-left and the lower bottom-left; of the two rightmost the upper is top-right.
     */
    static Point2D[] readingOrder(Point2D[] points) {
        Point2D[] p = points.clone();
        Arrays.sort(p, Comparator.comparingDouble(Point2D::getX));
        Point2D tl = p[0].getY() <= p[1].getY() ? p[0] : p[1];
        Point2D bl = tl == p[0] ? p[1] : p[0];
        Point2D tr = p[2].getY() <= p[3].getY() ? p[2] : p[3];
        Point2D br = tr == p[2] ? p[3] : p[2];
        return new Point2D[] { tl, tr, br, bl };
    }

    /** Polygon area by the shoelace formula. */
    static double area(Point2D[] p) {
        double a = 0;
        for (int i = 0; i < p.length; i++) {
            Point2D q = p[(i + 1) % p.length];
            a += p[i].getX() * q.getY() - q.getX() * p[i].getY();
        }
        return Math.abs(a) / 2;
    }

    static double perimeter(Point2D[] p) {
        double l = 0;
        for (int i = 0; i < p.length; i++) {
            l += p[i].distance(p[(i + 1) % p.length]);
        }
        return l;
    }
}
