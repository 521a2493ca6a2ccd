package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.HubServer;
import dev.scry.testing.OnnxModelBuilder.Type;

/**
 * {@code scry models install clip-vit-b32} as a user runs it, against a local server that behaves like
 * the hub (HEAD answered with X-Linked-Etag, X-Linked-Size and X-Repo-Commit without following the
 * redirect, a redirect to a second "CDN" server that serves Range requests), reached through the
 * documented hub endpoint setting. The stand-in towers have Immich's signature but not its bytes, so
 * the shipped descriptor's SHA-256 refuses them; the downloads are tested with the shipped descriptor
 * whose tower checksums are left to the hub.
 */
class ModelsInstallTest {
    private static final String IMMICH = "https://huggingface.co/immich-app/ViT-B-32__openai/resolve/77520f2136c0467e32b012be8d190ccf110c5667/";
    private static final Towers IMMICH_TOWERS = new Towers("image", true, 224, "embedding", "text", Type.INT32, true, 77, "", "embedding",
            true, false);

    @TempDir
    Path temp;

    private final EncoderRegistry encoders = new EncoderRegistry();
    private HubServer hub;
    private ModelDescriptor shipped;
    private String text;
    private byte[] visual;
    private byte[] textual;
    private Map<String, byte[]> files;
    private Map<String, String> paths;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws IOException {
        encoders.add(new FingerprintEncoder());
        hub = new HubServer();
        HubModel.use(hub);
        shipped = new ModelCatalog(temp).known("clip-vit-b32").orElseThrow();
        Path file = temp.resolve("shipped.properties");
        shipped.write(file);
        text = Files.readString(file, StandardCharsets.UTF_8);
        visual = IMMICH_TOWERS.visual(512);
        textual = IMMICH_TOWERS.textual(512);
        files = Map.of("visual", visual, "textual", textual, "vocab", Files.readAllBytes(ModelsCommandTest.vocabulary()));
        paths = new LinkedHashMap<>();
        shipped.files().forEach(f -> paths.put(f.key(), f.path()));
    }

    @AfterEach
    void tearDown() throws IOException {
        HubModel.forget();
        hub.close();
    }

    private int scry(String... args) {
        CommandLineRun run = CommandLineRun.of(encoders, temp.resolve("home"), args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    private Path models() {
        return temp.resolve("home/models");
    }

    private List<String> leftovers() throws IOException {
        if (!Files.isDirectory(models())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(models())) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The shipped descriptor with the towers' checksums left to the hub, as a descriptor file. */
    private Path hubChecked() throws IOException {
        return Files.writeString(temp.resolve("clip-vit-b32.properties"), HubModel.publish(text, "clip-vit-b32", paths, files, hub));
    }

    @Test
    void theShippedDescriptorRefusesAReExportedFileBeforeDownloadingIt() throws Exception {
        HubModel.publish(text, "clip-vit-b32", paths, files, hub);
        assertEquals(1, scry("models", "install", "clip-vit-b32"));
        assertTrue(err.contains("clip-vit-b32: visual/model.onnx at " + IMMICH + "visual/model.onnx is published with SHA-256 "
                + HubServer.sha256(visual) + " but the descriptor expects 91e4cb08370fa3bab75e4c8f2e35dff1c39a633aa3979bd9c06f142694cdef42"
                + " (the file was changed on the server); nothing was installed"), err);
        assertTrue(hub.requests().contains("HEAD /immich-app/ViT-B-32__openai/resolve/77520f2136c0467e32b012be8d190ccf110c5667/visual/model.onnx"),
                hub.requests().toString());
        assertFalse(hub.requests().stream().anyMatch(r -> r.startsWith("GET")), "nothing downloaded: " + hub.requests());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void installsFromTheHubAndResumesAfterALostConnection() throws Exception {
        Path descriptor = hubChecked();
        hub.dropNextAfter(5000);
        assertEquals(1, scry("models", "install", descriptor.toString()));
        Path partial = models().resolve(".partial-clip-vit-b32");
        assertTrue(err.contains("clip-vit-b32: cannot download visual/model.onnx from " + IMMICH + "visual/model.onnx: "), err);
        assertTrue(err.contains("what was downloaded is kept in " + partial + ": run the same install again to resume"), err);
        assertEquals(5000, Files.size(partial.resolve("visual/model.onnx")));
        assertEquals(0, scry("models", "list"));
        assertTrue(out.contains("clip-vit-b32\t512 dimensions\tnot installed\t"), "not installed yet: " + out);

        assertEquals(0, scry("models", "install", descriptor.toString()), err);
        assertTrue(out.contains("installed clip-vit-b32 in " + models().resolve("clip-vit-b32")), out);
        assertTrue(hub.requests().contains("GET cdn:/" + HubServer.sha256(visual) + " Range: bytes=5000-"), hub.requests().toString());
        assertTrue(hub.requests().contains("GET /gh/openai/CLIP/3bee28119e6b28e75b82b811b87b56935314e6a5/clip/bpe_simple_vocab_16e6.txt.gz"),
                hub.requests().toString());
        assertEquals(List.of("clip-vit-b32"), leftovers());
        assertInstalledAndRunning();
    }

    @Test
    void resumesWhatAKilledInstallLeft() throws Exception {
        Path descriptor = hubChecked();
        // what a process killed mid-download leaves: the first bytes of a file and its lock file (the lock itself dies with it)
        Path partial = Files.createDirectories(models().resolve(".partial-clip-vit-b32/visual"));
        Files.write(partial.resolve("model.onnx"), Arrays.copyOf(visual, 3000));
        Files.writeString(models().resolve(".partial-clip-vit-b32.lock"), "");

        assertEquals(0, scry("models", "install", descriptor.toString()), err);
        assertTrue(hub.requests().contains("GET cdn:/" + HubServer.sha256(visual) + " Range: bytes=3000-"), hub.requests().toString());
        assertEquals(List.of("clip-vit-b32"), leftovers());
        assertInstalledAndRunning();
    }

    @Test
    void aTamperedFileIsRefusedAndLeavesNothing() throws Exception {
        Path descriptor = hubChecked();
        byte[] tampered = visual.clone();
        tampered[100] ^= 1;
        HubModel.tamper(Files.readString(descriptor), "visual", visual, tampered, hub);
        assertEquals(1, scry("models", "install", descriptor.toString()));
        assertTrue(err.contains("clip-vit-b32: visual/model.onnx downloaded from " + IMMICH + "visual/model.onnx does not match: its SHA-256 is "
                + HubServer.sha256(tampered) + ", expected " + HubServer.sha256(visual) + "; it was deleted and nothing was installed"), err);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void offlineAndServerErrorsAreSaidAndInstallNothing() throws Exception {
        int port;
        try (ServerSocket unused = new ServerSocket(0)) {
            port = unused.getLocalPort();
        }
        System.setProperty(HubModel.HUB_PROPERTY, "http://127.0.0.1:" + port);
        assertEquals(1, scry("models", "install", "clip-vit-b32"));
        assertTrue(err.contains("clip-vit-b32: cannot download visual/model.onnx from " + IMMICH + "visual/model.onnx: cannot connect to"
                + " 127.0.0.1 (offline, or behind a proxy? set https.proxyHost)"), err);
        assertTrue(err.endsWith("; nothing was installed\n"), err);

        HubModel.use(hub); // a hub that does not have the files
        assertEquals(1, scry("models", "install", "clip-vit-b32"));
        assertTrue(err.contains("the server answered HTTP 404 (no such file at that revision); nothing was installed"), err);
        assertEquals(List.of(), leftovers());
    }

    private void assertInstalledAndRunning() throws Exception {
        ModelDescriptor installed = ModelDescriptor.read(models().resolve("clip-vit-b32/model.properties"));
        assertEquals(HubServer.sha256(visual), installed.visualFile().sha256(), "the hub's checksum is recorded");
        assertEquals(textual.length, installed.textualFile().size());
        assertEquals(0, scry("models", "verify", "clip-vit-b32"), out);
        assertTrue(out.startsWith("clip-vit-b32: ok"), out);
        assertEquals(0, scry("embed", "--model", "clip-vit-b32", "--text", "a dog in the snow"), err);
        assertEquals(512, out.strip().split(" ").length, out);
    }
    @Test
    void aModelExportedFirstInstallsFromItsExportFolder() throws Exception {
        byte[] vocab = Files.readAllBytes(ModelsCommandTest.vocabulary());
        hub.plain("/gh/openai/CLIP/3bee28119e6b28e75b82b811b87b56935314e6a5/clip/bpe_simple_vocab_16e6.txt.gz", vocab);
        Towers hf = new Towers("pixel_values", false, 224, "image_embeds", "input_ids", Type.INT64, false, 77, "", "text_embeds", false, true);
        Path export = Files.createDirectories(temp.resolve("export/onnx"));
        Files.write(export.resolve("vision_model.onnx"), hf.visual(512));
        assertEquals(1, scry("models", "install", "tinyclip-vit-8m-16", "--from", temp.resolve("export").toString()));
        assertEquals("scry: tinyclip-vit-8m-16: " + temp.resolve("export") + " has no onnx/text_model.onnx (nor text_model.onnx);"
                + " export the model first (see models/README.md)\n", err);

        byte[] text = hf.textual(512);
        Files.write(export.resolve("text_model.onnx"), text);
        assertEquals(0, scry("models", "install", "tinyclip-vit-8m-16", "--from", temp.resolve("export").toString()), err);
        ModelDescriptor installed = ModelDescriptor.read(models().resolve("tinyclip-vit-8m-16/model.properties"));
        assertEquals(HubServer.sha256(text), installed.textualFile().sha256(), "the export's checksum is recorded");
        assertEquals(0, scry("models", "verify", "tinyclip-vit-8m-16"), out);
        assertEquals(0, scry("embed", "--model", "tinyclip-vit-8m-16", "--text", "a dog in the snow"), err);
        assertEquals(512, out.strip().split(" ").length, out);
    }
}
