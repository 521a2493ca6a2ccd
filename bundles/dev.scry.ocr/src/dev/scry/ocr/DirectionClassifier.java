package dev.scry.ocr;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Tells upright text lines from upside-down ones (PaddleOCR's mobile v2.0 direction classifier: classes
 * 0 and 180 degrees) and turns the upside-down ones. Crops go in batches at height 48, at most 192 wide.
 */
final class DirectionClassifier {
    static final int HEIGHT = 48;
    static final int WIDTH = 192;
    static final int BATCH = 6;
    static final float THRESHOLD = 0.9f;
    private static final float[] HALF = { 0.5f, 0.5f, 0.5f };

    private final OrtSession session;
    private final String input;

    DirectionClassifier(OrtSession session) {
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /** Replaces each crop that reads upside down (with more than 90 % certainty) by its half turn. */
    void turnUpright(List<Raster> crops) throws OrtException {
        int[] order = TextRecognizer.byAspect(crops);
        for (int start = 0; start < order.length; start += BATCH) {
            int n = Math.min(BATCH, order.length - start);
            int plane = HEIGHT * WIDTH;
            float[] tensor = new float[n * 3 * plane];
            for (int b = 0; b < n; b++) {
                Raster crop = crops.get(order[start + b]);
                int w = Math.min(WIDTH, (int) Math.ceil(HEIGHT * (double) crop.width / crop.height));
                crop.resizeInto(tensor, b * 3 * plane, Math.max(1, w), HEIGHT, WIDTH, HEIGHT, HALF, HALF);
            }
            float[] scores = new float[n * 2];
            try (OnnxTensor in = OnnxTensor.createTensor(dev.scry.onnx.OnnxRuntime.environment(), FloatBuffer.wrap(tensor),
                    new long[] { n, 3, HEIGHT, WIDTH });
                    OrtSession.Result result = session.run(Map.of(input, in))) {
                ((OnnxTensor) result.get(0)).getFloatBuffer().get(scores);
            }
            for (int b = 0; b < n; b++) {
                if (scores[2 * b + 1] > scores[2 * b] && scores[2 * b + 1] > THRESHOLD) {
                    int i = order[start + b];
                    crops.set(i, crops.get(i).rotate180());
                }
            }
        }
    }
}
