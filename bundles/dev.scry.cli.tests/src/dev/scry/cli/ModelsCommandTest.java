package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.ModelInstaller;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.library.HomeLookup;
import dev.scry.library.ModelEncoders;
import dev.scry.library.ScryHome;
import dev.scry.testing.ClipVocabulary;
import dev.scry.testing.OnnxModelBuilder;
import dev.scry.testing.TestPictures;

/**
 * {@code scry models}, {@code embed} and {@code tokenize} with a tiny generated model installed from
 * file addresses (no real weights can be downloaded in tests) and the real CLIP vocabulary
 * ({@link ClipVocabulary}, kept in dev.scry.testing).
 */
class ModelsCommandTest {
    private static final int DIMENSION = 8;

    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private Path sources;
    private String out;
    private String err;

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
        ClipVocabulary.copyTo(sources.resolve("vocab.txt.gz"));
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

    /** The running model encoder service and encoder registry of this test runtime (DS), awaited with a deadline. */
    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext bundles = FrameworkUtil.getBundle(ModelsCommandTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        T service = tracker.waitForService(15_000);
        assertNotNull(service, "no " + type.getName() + " service");
        return service;
    }

    private static CommandLineRun run(EncoderRegistry registry, ModelEncoders models, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScryCommand.run(registry, () -> null, models::use, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, args);
        return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theModelEncodersComeFromTheHomeTheCommandLineNames() throws Exception {
        EncoderRegistry registry = service(EncoderRegistry.class);
        ModelEncoders models = service(ModelEncoders.class);
        ScryHome before = models.home();
        Path home = temp.resolve("home");
        try {
            CommandLineRun install = run(registry, models, "--home", home.toString(), "models", "install",
                    descriptor(sources.toUri().toString(), null).toString());
            assertEquals(0, install.exit(), install.err());
            assertTrue(Files.isDirectory(home.resolve("models/tiny")), install.out());

            CommandLineRun listed = run(registry, models, "encoders", "--home", home.toString());
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.out().contains("tiny\t8 dimensions\tTiny test model"), listed.out());
            assertEquals(home.resolve("models"), models.home().models());

            CommandLineRun elsewhere = run(registry, models, "--home", temp.resolve("other-home").toString(), "encoders");
            assertFalse(elsewhere.out().contains("tiny"), elsewhere.out());
        } finally {
            models.use(before);
        }
    }

    @Test
    void aHomeChosenAsPreferencesDoesIsWhereModelsAreInstalledAndFound() throws Exception {
        HomeLookup lookup = new HomeLookup(name -> null, name -> null, temp.resolve("user"));
        lookup.choose(temp.resolve("chosen-home"));
        ScryHome chosen = lookup.resolve(null);
        assertEquals(temp.resolve("chosen-home/models"), chosen.models());

        ModelCatalog catalog = new ModelCatalog(chosen.models());
        new ModelInstaller(catalog).install(ModelDescriptor.read(descriptor(sources.toUri().toString(), null)), false, null);
        assertTrue(Files.isRegularFile(temp.resolve("chosen-home/models/tiny/visual.onnx")));

        EncoderRegistry registry = service(EncoderRegistry.class);
        ModelEncoders models = service(ModelEncoders.class);
        ScryHome before = models.home();
        try {
            models.use(chosen);
            assertTrue(registry.imageEncoder("tiny").isPresent(), registry.imageEncoders().toString());
            assertTrue(registry.textEncoder("tiny").isPresent(), registry.textEncoders().toString());
        } finally {
            models.use(before);
        }
        assertFalse(registry.imageEncoder("tiny").isPresent(), "the encoders went with their home");
    }

    @Test
    void installFailuresAreClearAndLeaveNothing() throws Exception {
        Path notADescriptor = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        assertEquals(1, scry("models", "install", notADescriptor.toString()));
        assertEquals("scry: " + notADescriptor + ": not a Scry model descriptor (it needs 'format = scry-model/1')\n", err);
        assertEquals(4, scry("models", "install", temp.resolve("nowhere/tiny.properties").toString()));
        assertEquals("scry: " + temp.resolve("nowhere/tiny.properties") + ": no such descriptor file\n", err);
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

    @Test
    void aModelThatIsNotOnnxIsNeitherInstalledNorVerified() throws Exception {
        Files.writeString(sources.resolve("visual.onnx"), "<html>Sign in to download this file</html>");
        assertEquals(1, scry("models", "install", descriptor(sources.toUri().toString(), null).toString()));
        assertTrue(err.startsWith("scry: tiny: cannot open visual.onnx: "), err);
        assertTrue(err.strip().endsWith("; nothing was installed"), err);
        assertFalse(Files.exists(temp.resolve("home/models/tiny")));

        // The same files put into place by hand: their checksums match, the model still does not load.
        Path folder = Files.createDirectories(temp.resolve("home/models/tiny"));
        Files.copy(sources.resolve("visual.onnx"), folder.resolve("visual.onnx"));
        Files.copy(sources.resolve("textual.onnx"), folder.resolve("textual.onnx"));
        Files.copy(sources.resolve("vocab.txt.gz"), folder.resolve("bpe_simple_vocab_16e6.txt.gz"));
        Files.copy(descriptor(sources.toUri().toString(), null), folder.resolve("model.properties"));
        assertEquals(1, scry("models", "verify", "tiny"));
        assertTrue(out.startsWith("tiny: FAILED\n"), out);
        assertTrue(out.contains("  cannot be loaded: tiny: cannot open " + folder.resolve("visual.onnx") + ": "), out);
    }

    @Test
    void aModelThatBreaksWhileIndexingIsStoppedAndTheFingerprintGoesOn() throws Exception {
        assertEquals(0, scry("models", "install", descriptor(sources.toUri().toString(), null).toString()), err);
        Path folder = temp.resolve("home/models/tiny");
        Files.writeString(folder.resolve("visual.onnx"), "<html>not a model</html>");
        dev.scry.encoder.clip.ModelDescriptor descriptor = dev.scry.encoder.clip.ModelDescriptor.read(folder.resolve("model.properties"));
        try (dev.scry.encoder.clip.ClipModel model = new dev.scry.encoder.clip.ClipModel(descriptor, folder, 1)) {
            encoders.add(new dev.scry.encoder.clip.OnnxImageEncoder(model));
            Path pictures = Files.createDirectories(temp.resolve("pictures"));
            for (int i = 0; i < 4; i++) {
                TestPictures.write(TestPictures.draw(120, 90, i), "png", pictures.resolve("pic" + i + ".png"));
            }
            assertEquals(0, scry("add", pictures.toString()), err);
            assertTrue(out.contains("indexed 4 pictures"), out);
            assertTrue(out.contains("0 problems"), out);
            assertTrue(out.contains("encoder tiny stopped"), out);
            assertEquals(1, err.lines().filter(l -> l.startsWith("scry: encoder tiny failed and was stopped for this run")).count(), err);
            assertEquals(0, scry("search", "--json", "-n", "1", pictures.resolve("pic2.png").toString()), err);
            assertTrue(out.contains("\"rank\": 1, \"path\": " + Json.string(pictures.resolve("pic2.png").toString())), out);

            Path broken = Files.createDirectories(temp.resolve("broken"));
            Files.writeString(broken.resolve("a.png"), "not a png");
            Files.writeString(broken.resolve("b.jpg"), "not a jpeg");
            assertEquals(5, scry("-l", "broken", "add", broken.toString()));
            assertTrue(out.contains("indexed 0 pictures"), out);
            assertTrue(out.contains("2 problems"), out);
        }
    }
}
