package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.OnnxModelBuilder;
import dev.scry.testing.TestPictures;

/**
 * {@code scry models}, {@code embed} and {@code tokenize} with a tiny generated model installed from
 * file addresses (no real weights can be downloaded in tests) and the real CLIP vocabulary from
 * ../shared/data/clip (or -Dscry.shared=DIR).
 */
class ModelsCommandTest {
    private static final int DIMENSION = 8;

    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path sources;
    private String out;
    private String err;

    static Path vocabulary() {
        String vocab = "data/clip/bpe_simple_vocab_16e6.txt.gz";
        String property = System.getProperty("scry.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property).resolve(vocab);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("shared").resolve(vocab))) {
                return dir.resolve("shared").resolve(vocab);
            }
        }
        throw new AssertionError("the CLIP vocabulary shared/" + vocab + " is missing beside the repository (../shared);"
                + " or set -Dscry.shared=DIR");
    }

    private static float[] weights(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) Math.sin(i * 0.37 + 1);
        }
        return w;
    }

    @BeforeEach
    void writeModelSources() throws IOException {
        encoders.add(new FingerprintEncoder());
        sources = Files.createDirectories(temp.resolve("sources"));
        new OnnxModelBuilder().input("pixel_values", "batch", 3, 224, 224)
                .node("AveragePool", List.of("pixel_values"), List.of("pooled"), "kernel_shape", new long[] { 56, 56 }, "strides",
                        new long[] { 56, 56 })
                .node("Flatten", List.of("pooled"), List.of("flat"), "axis", 1)
                .weights("W", weights(48 * DIMENSION), 48, DIMENSION)
                .node("MatMul", List.of("flat", "W"), List.of("image_embeds"))
                .output("image_embeds", "batch", DIMENSION).write(sources.resolve("visual.onnx"));
        new OnnxModelBuilder().input("input_ids", true, new Object[] { "batch", 77 })
                .node("Cast", List.of("input_ids"), List.of("ids"), "to", 1)
                .weights("W", weights(77 * DIMENSION), 77, DIMENSION)
                .node("MatMul", List.of("ids", "W"), List.of("text_embeds"))
                .output("text_embeds", "batch", DIMENSION).write(sources.resolve("textual.onnx"));
        Files.copy(vocabulary(), sources.resolve("vocab.txt.gz"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A descriptor for the tiny model whose files are at {@code base}; {@code textualSha} may be overridden. */
    private Path descriptor(String base, String textualSha) throws Exception {
        String text = String.join("\n", "format = scry-model/1", "id = tiny", "label = Tiny test model", "dimension = " + DIMENSION,
                "files = visual, textual, vocab",
                "file.visual.path = visual.onnx", "file.visual.url = " + base + "visual.onnx",
                "file.visual.sha256 = " + sha256(sources.resolve("visual.onnx")),
                "file.textual.path = textual.onnx", "file.textual.url = " + base + "textual.onnx",
                "file.textual.sha256 = " + (textualSha != null ? textualSha : sha256(sources.resolve("textual.onnx"))),
                "file.vocab.path = bpe_simple_vocab_16e6.txt.gz", "file.vocab.url = " + base + "vocab.txt.gz",
                "file.vocab.sha256 = " + sha256(sources.resolve("vocab.txt.gz")),
                "visual.file = visual", "textual.file = textual", "tokenizer = clip-bpe", "tokenizer.vocab = vocab", "");
        return Files.writeString(temp.resolve("tiny.properties"), text);
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void listShowsTheKnownModels() {
        assertEquals(0, scry("models", "list"), err);
        assertTrue(out.contains("clip-vit-b32\t512 dimensions\tnot installed\tOpenAI CLIP ViT-B/32\n"), out);
        for (String id : List.of("xenova-clip-vit-base-patch32", "xenova-clip-vit-base-patch16", "xenova-mobileclip-s0")) {
            assertTrue(out.contains(id + "\t512 dimensions\tnot installed\t"), out);
        }
        for (String id : List.of("tinyclip-vit-8m-16", "tinyclip-vit-39m-16", "chinese-clip-vit-b16")) {
            assertTrue(out.contains(id + "\t512 dimensions\tnot installed (export it first: see models/README.md)\t"), out);
        }
        assertTrue(out.contains("models folder: " + temp.resolve("home").resolve("models")), out);
        assertEquals(0, scry("models", "list", "--json"));
        assertTrue(out.lines().allMatch(l -> l.startsWith("{\"id\": ")), out);
    }

    @Test
    void installVerifyTokenizeEmbedRemove() throws Exception {
        Path descriptor = descriptor(sources.toUri().toString(), null);
        assertEquals(0, scry("models", "install", descriptor.toString()), err);
        assertTrue(out.contains("installed tiny in " + temp.resolve("home/models/tiny")), out);

        assertEquals(0, scry("models", "list"));
        assertTrue(out.contains("tiny\t8 dimensions\tinstalled (custom)\tTiny test model"), out);

        assertEquals(0, scry("models", "verify", "tiny"), out);
        assertTrue(out.startsWith("tiny: ok"), out);

        assertEquals(0, scry("tokenize", "--model", "tiny", "a photo of a cat"), err);
        assertEquals("49406 320 1125 539 320 2368 49407", out.strip());
        assertEquals(0, scry("tokenize", "--model", "tiny", "--all", "a", "cat"), err);
        assertEquals(77, out.strip().split(" ").length);

        assertEquals(0, scry("embed", "--model", "tiny", "--json", "--text", "a dog in the snow"), err);
        assertTrue(out.startsWith("{\"model\": \"tiny\", \"input\": \"a dog in the snow\", \"kind\": \"text\", \"dimension\": 8, \"vector\": ["),
                out);
        Path picture = TestPictures.write(TestPictures.draw(300, 200, 4), "png", temp.resolve("picture.png"));
        assertEquals(0, scry("embed", "--model", "tiny", picture.toString()), err);
        String[] values = out.strip().split(" ");
        assertEquals(8, values.length, out);
        double sum = 0;
        for (String v : values) {
            sum += Double.parseDouble(v) * Double.parseDouble(v);
        }
        assertEquals(1.0, sum, 1e-4);
        assertEquals(0, scry("embed", "--model", "fingerprint", picture.toString()), err);
        assertEquals(1, scry("embed", "--model", "fingerprint", "--text", "cat"));
        assertTrue(err.contains("fingerprint has no text encoder"), err);

        Files.writeString(temp.resolve("home/models/tiny/textual.onnx"), "changed");
        assertEquals(1, scry("models", "verify"));
        assertTrue(out.contains("tiny: FAILED"), out);
        assertTrue(out.contains("textual.onnx: SHA-256 is "), out);

        assertEquals(0, scry("models", "remove", "tiny"), err);
        assertFalse(Files.exists(temp.resolve("home/models/tiny")));
        assertEquals(4, scry("models", "remove", "tiny"));
        assertTrue(err.contains("no model 'tiny' is installed"), err);
    }

    @Test
    void installFailuresAreClearAndLeaveNothing() throws Exception {
        assertEquals(4, scry("models", "install", "no-such-model"));
        assertTrue(err.contains("no model 'no-such-model' is known"), err);

        assertEquals(1, scry("models", "install", "tinyclip-vit-8m-16"));
        assertTrue(err.contains("tinyclip-vit-8m-16: no download address known for onnx/vision_model.onnx; export the model first"
                + " and install it with --from EXPORT_DIR, or install it by hand into " + temp.resolve("home/models/tinyclip-vit-8m-16")), err);

        assertEquals(1, scry("models", "install", descriptor(sources.toUri().toString(), "1".repeat(64)).toString()));
        assertTrue(err.contains("does not match: its SHA-256 is "), err);

        int port;
        try (ServerSocket unused = new ServerSocket(0)) {
            port = unused.getLocalPort();
        }
        assertEquals(1, scry("models", "install", descriptor("http://127.0.0.1:" + port + "/", null).toString()));
        assertTrue(err.contains("cannot connect to 127.0.0.1 (offline"), err);

        Path models = temp.resolve("home/models");
        try (var children = Files.list(models)) {
            assertEquals(List.of(), children.toList(), "nothing half-installed");
        }
        assertEquals(1, scry("embed", "--model", "tiny", "--text", "cat"));
        assertTrue(err.contains("no model or encoder 'tiny'"), err);
        assertEquals(1, scry("tokenize", "--model", "tiny", "cat"));
        assertTrue(err.contains("no model 'tiny' is installed"), err);
    }
}
