package dev.scry.ocr;

/** The perspective transform that takes four points onto four others (as OpenCV's getPerspectiveTransform). */
final class Homography {
    private Homography() {
    }

    /**
     * The 3x3 matrix, row-major with {@code m[8] = 1}, mapping each {@code from} point (x, y pairs) to the
     * {@code to} point at the same index.
     */
    static double[] mapping(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] { x, y, 1, 0, 0, 0, -x * u, -y * u, u };
            a[2 * i + 1] = new double[] { 0, 0, 0, x, y, 1, -x * v, -y * v, v };
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double p = a[col][col];
            if (Math.abs(p) < 1e-12) {
                throw new IllegalArgumentException("degenerate quadrilateral");
            }
            for (int c = col; c < 9; c++) {
                a[col][c] /= p;
            }
            for (int r = 0; r < 8; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] m = new double[9];
        for (int i = 0; i < 8; i++) {
            m[i] = a[i][8];
        }
        m[8] = 1;
        return m;
    }
}
