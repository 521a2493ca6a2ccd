package dev.scry.ocr;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Reads upright line crops with the PP-OCRv4 recognition model (SVTR/CTC). Crops are sorted by aspect
 * ratio and batched by width (up to six of nearly the same width), each batch as wide as its widest crop
 * at height 48; every crop keeps its proportions, is normalised to {@code (v/255 - 0.5) / 0.5} and padded
 * with zeros on the right. The model's per-step class probabilities are decoded greedily with the
 * dictionary.
 */
final class TextRecognizer {
    static final int HEIGHT = 48;
    static final int BATCH = 6;
    /**
     * Crops share a batch only when their widths at height 48 are within this factor: the model's global
     * mixing lets the zero padding of a narrower crop change what it reads (spaces go missing first).
     */
    static final double SIMILAR = 1.1;
    private static final float[] HALF = { 0.5f, 0.5f, 0.5f };

    private final OrtSession session;
    private final String input;
    private final OcrDictionary dictionary;

    TextRecognizer(OrtSession session, OcrDictionary dictionary) {
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.dictionary = dictionary;
    }

    /** The text and confidence of each crop, in the crops' order. */
    OcrDictionary.Decoded[] read(List<Raster> crops) throws OrtException {
        OcrDictionary.Decoded[] results = new OcrDictionary.Decoded[crops.size()];
        int[] order = byAspect(crops);
        for (int start = 0, n; start < order.length; start += n) {
            n = 1;
            Raster first = crops.get(order[start]);
            double firstRatio = (double) first.width / first.height;
            while (n < BATCH && start + n < order.length) {
                Raster next = crops.get(order[start + n]);
                if ((double) next.width / next.height > firstRatio * SIMILAR) {
                    break;
                }
                n++;
            }
            double maxRatio = 0;
            for (int b = 0; b < n; b++) {
                Raster crop = crops.get(order[start + b]);
                maxRatio = Math.max(maxRatio, (double) crop.width / crop.height);
            }
            int width = Math.max(8, (int) Math.ceil(HEIGHT * maxRatio));
            int plane = HEIGHT * width;
            float[] tensor = new float[n * 3 * plane];
            for (int b = 0; b < n; b++) {
                Raster crop = crops.get(order[start + b]);
                int w = Math.min(width, (int) Math.ceil(HEIGHT * (double) crop.width / crop.height));
                crop.resizeInto(tensor, b * 3 * plane, Math.max(1, w), HEIGHT, width, HEIGHT, HALF, HALF);
            }
            try (OnnxTensor in = OnnxTensor.createTensor(dev.scry.onnx.OnnxRuntime.environment(), FloatBuffer.wrap(tensor),
                    new long[] { n, 3, HEIGHT, width });
                    OrtSession.Result result = session.run(Map.of(input, in))) {
                OnnxTensor out = (OnnxTensor) result.get(0);
                long[] shape = out.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                if (classes != dictionary.classes()) {
                    throw new IllegalStateException("the recognition model has " + classes
                            + " classes but the dictionary " + dictionary.classes());
                }
                float[] probabilities = new float[n * steps * classes];
                out.getFloatBuffer().get(probabilities);
                for (int b = 0; b < n; b++) {
                    results[order[start + b]] = dictionary.decode(probabilities, b * steps * classes, steps);
                }
            }
        }
        return results;
    }

    /** Crop indices from the narrowest to the widest (by width over height), so batches pad little. */
    static int[] byAspect(List<Raster> crops) {
        Integer[] order = new Integer[crops.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> (double) crops.get(i).width / crops.get(i).height));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
