package dev.scry.cli;

import java.util.List;
import java.util.Random;

import dev.scry.testing.OnnxModelBuilder;

/**
 * Stand-ins for a published export's two towers with its exact signature (names, element types, fixed
 * or dynamic batch, mask or none, normalised or not, extra outputs), small enough to write in a test:
 * the image tower averages 8 x 8 blocks per channel and projects the 192 numbers, the text tower projects
 * the token ids (plus the mask, when it has one), both with fixed random weights.
 */
record Towers(String imageInput, boolean fixedBatch, int size, String imageOutput, String textInput, OnnxModelBuilder.Type textType,
        boolean fixedTextBatch, int context, String mask, String textOutput, boolean normalised, boolean extraOutputs) {

    static float[] weights(int n, long seed) {
        Random random = new Random(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) random.nextGaussian();
        }
        return w;
    }

    byte[] visual(int dimension) {
        Object batch = fixedBatch ? (Object) 1 : "batch";
        OnnxModelBuilder b = new OnnxModelBuilder().input(imageInput, OnnxModelBuilder.Type.FLOAT, batch, 3, size, size)
                .node("AveragePool", List.of(imageInput), List.of("pooled"), "kernel_shape", new long[] { size / 8, size / 8 }, "strides",
                        new long[] { size / 8, size / 8 })
                .node("Flatten", List.of("pooled"), List.of("flat"), "axis", 1)
                .weights("W", weights(192 * dimension, 1), 192, dimension)
                .node("MatMul", List.of("flat", "W"), List.of("raw"));
        return finish(b, "raw", "flat", imageOutput, batch, dimension);
    }

    byte[] textual(int dimension) {
        Object batch = fixedTextBatch ? (Object) 1 : "batch";
        Object sequence = fixedTextBatch ? (Object) context : "sequence";
        OnnxModelBuilder b = new OnnxModelBuilder().input(textInput, textType, batch, sequence)
                .node("Cast", List.of(textInput), List.of("ids"), "to", 1);
        String x = "ids";
        if (!mask.isEmpty()) {
            b.input(mask, textType, batch, sequence).node("Cast", List.of(mask), List.of("m"), "to", 1)
                    .node("Add", List.of("ids", "m"), List.of("x"));
            x = "x";
        }
        b.weights("W", weights(context * dimension, 2), context, dimension).node("MatMul", List.of(x, "W"), List.of("raw"));
        return finish(b, "raw", "ids", textOutput, batch, dimension);
    }

    /** The embedding output (normalised when the export is), after an extra output first when the export has one. */
    private byte[] finish(OnnxModelBuilder b, String raw, String hidden, String output, Object batch, int dimension) {
        if (normalised) {
            b.node("ReduceL2", List.of(raw), List.of("norm"), "axes", new long[] { 1 }, "keepdims", 1)
                    .node("Div", List.of(raw, "norm"), List.of(output));
        } else {
            b.node("Identity", List.of(raw), List.of(output));
        }
        if (extraOutputs) {
            b.node("Identity", List.of(hidden), List.of("last_hidden_state")).output("last_hidden_state", batch, "hidden");
        }
        b.output(output, batch, dimension);
        return b.toByteArray();
    }
}
