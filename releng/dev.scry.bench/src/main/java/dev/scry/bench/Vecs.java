package dev.scry.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the TEXMEX layout that make_vectors.py writes ({@code .fvecs}, {@code .ivecs}): each row is its
 * dimension as a little-endian int32, then that many little-endian float32 or int32 values.
 */
final class Vecs {
    private Vecs() {
    }

    static float[][] floats(Path file) throws IOException {
        ByteBuffer in = read(file);
        int dim = in.getInt(0);
        float[][] rows = new float[rows(in, dim, file)][dim];
        for (float[] row : rows) {
            in.getInt();
            in.asFloatBuffer().get(row);
            in.position(in.position() + 4 * dim);
        }
        return rows;
    }

    static int[][] ints(Path file) throws IOException {
        ByteBuffer in = read(file);
        int dim = in.getInt(0);
        int[][] rows = new int[rows(in, dim, file)][dim];
        for (int[] row : rows) {
            in.getInt();
            in.asIntBuffer().get(row);
            in.position(in.position() + 4 * dim);
        }
        return rows;
    }

    private static ByteBuffer read(Path file) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int rows(ByteBuffer in, int dim, Path file) {
        long rowBytes = 4L * (dim + 1);
        if (dim <= 0 || in.capacity() % rowBytes != 0) {
            throw new IllegalArgumentException(file + " is not in the fvecs/ivecs layout (dimension " + dim + ")");
        }
        return (int) (in.capacity() / rowBytes);
    }
}
