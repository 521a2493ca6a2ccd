package dev.scry.encoder.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import dev.scry.testing.ClipVocabulary;
import dev.scry.testing.OnnxModelBuilder;

/**
 * Tiny stand-ins for CLIP towers, written by the tests (no real weights can be downloaded):
 * the visual one averages 28 x 28 blocks of the 224 x 224 input (8 x 8 x 3 = 192 numbers) and projects
 * them with fixed random weights; the textual one adds the attention mask to the token ids and
 * projects the 77 numbers the same way.
 */
final class TestModels {
    static final int DIMENSION = 32;
    static final int CONTEXT = 77;

    private TestModels() {
    }

    static float[] weights(int n, long seed) {
        Random random = new Random(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) random.nextGaussian();
        }
        return w;
    }

    static Path visual(Path file) throws IOException {
        return new OnnxModelBuilder()
                .input("pixel_values", "batch", 3, 224, 224)
                .node("AveragePool", List.of("pixel_values"), List.of("pooled"), "kernel_shape", new long[] { 28, 28 }, "strides",
                        new long[] { 28, 28 })
                .node("Flatten", List.of("pooled"), List.of("flat"), "axis", 1)
                .weights("W", weights(192 * DIMENSION, 1), 192, DIMENSION)
                .node("MatMul", List.of("flat", "W"), List.of("image_embeds"))
                .output("image_embeds", "batch", DIMENSION)
                .write(file);
    }

    static Path textual(Path file) throws IOException {
        return new OnnxModelBuilder()
                .input("input_ids", true, new Object[] { "batch", CONTEXT })
                .input("attention_mask", true, new Object[] { "batch", CONTEXT })
                .node("Cast", List.of("input_ids"), List.of("ids"), "to", 1)
                .node("Cast", List.of("attention_mask"), List.of("mask"), "to", 1)
                .node("Add", List.of("ids", "mask"), List.of("x"))
                .weights("W", weights(CONTEXT * DIMENSION, 2), CONTEXT, DIMENSION)
                .node("MatMul", List.of("x", "W"), List.of("text_embeds"))
                .output("text_embeds", "batch", DIMENSION)
                .write(file);
    }

    /** The descriptor of the test model; {@code baseUrl} is where its files are downloaded from ("" for none). */
    static String descriptor(String id, String baseUrl, String visualSha, String textualSha, String vocabSha) {
        return String.join("\n",
                "format = scry-model/1",
                "id = " + id,
                "label = Test CLIP " + id,
                "version = test-1",
                "dimension = " + DIMENSION,
                "files = visual, textual, vocab",
                "file.visual.path = visual/model.onnx",
                "file.visual.url = " + (baseUrl.isEmpty() ? "" : baseUrl + "visual.onnx"),
                "file.visual.sha256 = " + visualSha,
                "file.textual.path = textual/model.onnx",
                "file.textual.url = " + (baseUrl.isEmpty() ? "" : baseUrl + "textual.onnx"),
                "file.textual.sha256 = " + textualSha,
                "file.vocab.path = bpe_simple_vocab_16e6.txt.gz",
                "file.vocab.url = " + (baseUrl.isEmpty() ? "" : baseUrl + "bpe_simple_vocab_16e6.txt.gz"),
                "file.vocab.sha256 = " + vocabSha,
                "visual.file = visual",
                "visual.input = pixel_values",
                "visual.output = image_embeds",
                "textual.file = textual",
                "textual.input = input_ids",
                "textual.mask = attention_mask",
                "textual.output = text_embeds",
                "tokenizer = clip-bpe",
                "tokenizer.vocab = vocab",
                "tokenizer.context = 77",
                "");
    }

    /** Source files of a test model in {@code folder}: visual.onnx, textual.onnx and the BPE vocabulary. */
    static void writeSources(Path folder) throws IOException {
        Files.createDirectories(folder);
        visual(folder.resolve("visual.onnx"));
        textual(folder.resolve("textual.onnx"));
        ClipVocabulary.copyTo(folder.resolve(ClipVocabulary.FILE_NAME));
    }

    /** Installs a test model by hand into {@code models/ID}, as a user adds a custom model. */
    static Path installByHand(Path models, String id) throws IOException {
        Path folder = Files.createDirectories(models.resolve(id));
        Files.createDirectories(folder.resolve("visual"));
        Files.createDirectories(folder.resolve("textual"));
        visual(folder.resolve("visual/model.onnx"));
        textual(folder.resolve("textual/model.onnx"));
        ClipVocabulary.copyTo(folder.resolve(ClipVocabulary.FILE_NAME));
        Files.writeString(folder.resolve(ModelDescriptor.FILE_NAME), descriptor(id, "", "", "", ""));
        return folder;
    }
}
