package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TinyHttpServer;

/** Installing from a local HTTP server and file URLs: checksums, clear failures, nothing half-installed. */
class ModelInstallerTest {
    @TempDir
    Path temp;

    private Path sources;
    private Path models;
    private ModelCatalog catalog;
    private String visualSha;
    private String textualSha;
    private String vocabSha;

    @BeforeEach
    void setUp() throws Exception {
        sources = temp.resolve("server");
        TestModels.writeSources(sources);
        visualSha = ModelInstaller.sha256(sources.resolve("visual.onnx"));
        textualSha = ModelInstaller.sha256(sources.resolve("textual.onnx"));
        vocabSha = ModelInstaller.sha256(sources.resolve("bpe_simple_vocab_16e6.txt.gz"));
        models = temp.resolve("home/models");
        catalog = new ModelCatalog(models, List.of());
    }

    private static ModelDescriptor descriptor(String text) throws ModelException {
        return ModelDescriptor.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** Records what an install reports, as the command line's progress does. */
    private static final class RecordingMonitor extends NullProgressMonitor {
        final List<String> tasks = new ArrayList<>();
        double worked;

        @Override
        public void beginTask(String name, int totalWork) {
            tasks.add(name);
        }

        @Override
        public void subTask(String name) {
            tasks.add(name);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    private List<String> leftovers() throws IOException {
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(models)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void installsOverHttpVerifiesAndRuns() throws Exception {
        try (TinyHttpServer server = new TinyHttpServer(sources)) {
            ModelDescriptor d = descriptor(TestModels.descriptor("tiny", server.url(), visualSha, textualSha, vocabSha));
            RecordingMonitor monitor = new RecordingMonitor();
            Path folder = new ModelInstaller(catalog).install(d, false, monitor);
            assertEquals(models.resolve("tiny"), folder);
            assertEquals(List.of("tiny"), leftovers(), "no work folders left behind");
            assertTrue(Files.isRegularFile(folder.resolve("visual/model.onnx")));
            assertTrue(Files.isRegularFile(folder.resolve("model.properties")));
            assertTrue(monitor.tasks.contains("Installing tiny"), monitor.tasks.toString());
            assertTrue(monitor.tasks.stream().anyMatch(t -> t.startsWith("visual/model.onnx: ")), monitor.tasks.toString());
            assertTrue(monitor.worked > 0);

            InstalledModel installed = catalog.installed("tiny").orElseThrow();
            List<ModelInstaller.FileCheck> checks = new ModelInstaller(catalog).verify(installed, null);
            assertEquals(3, checks.size());
            assertTrue(checks.stream().allMatch(c -> c.status() == ModelInstaller.FileCheck.Status.OK), checks.toString());

            try (ClipModel model = catalog.open("tiny", 1)) {
                float[] v = new OnnxTextEncoder(model).encode("a dog in the snow");
                assertEquals(TestModels.DIMENSION, v.length);
            }

            ModelException again = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(d, false, null));
            assertTrue(again.getMessage().contains("already installed"), again.getMessage());
            new ModelInstaller(catalog).install(d, true, null);
            assertEquals(List.of("tiny"), leftovers(), "replaced in place");
        }
    }

    @Test
    void aWrongChecksumInstallsNothing() throws Exception {
        String wrong = "0".repeat(64);
        try (TinyHttpServer server = new TinyHttpServer(sources)) {
            ModelDescriptor d = descriptor(TestModels.descriptor("tiny", server.url(), visualSha, wrong, vocabSha));
            ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(d, false, null));
            assertTrue(e.getMessage().contains("textual/model.onnx downloaded from " + server.url() + "textual.onnx does not match"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("its SHA-256 is " + textualSha + ", expected " + wrong), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was installed"), e.getMessage());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFileTheServerDoesNotHaveInstallsNothing() throws Exception {
        Files.delete(sources.resolve("textual.onnx"));
        try (TinyHttpServer server = new TinyHttpServer(sources)) {
            ModelDescriptor d = descriptor(TestModels.descriptor("tiny", server.url(), visualSha, textualSha, vocabSha));
            ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(d, false, null));
            assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void offlineFailsWithAClearMessage() throws Exception {
        int port;
        try (ServerSocket unused = new ServerSocket(0)) {
            port = unused.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        ModelDescriptor d = descriptor(TestModels.descriptor("tiny", url, visualSha, textualSha, vocabSha));
        ModelException e = assertThrows(ModelException.class,
                () -> new ModelInstaller(catalog, Duration.ofSeconds(5)).install(d, false, null));
        assertTrue(e.getMessage().contains("cannot download visual/model.onnx from " + url + "visual.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot connect to 127.0.0.1 (offline"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void installsFromFileUrls() throws Exception {
        ModelDescriptor d = descriptor(TestModels.descriptor("tiny", sources.toUri().toString(), visualSha, textualSha, vocabSha));
        new ModelInstaller(catalog).install(d, false, null);
        assertTrue(catalog.installed("tiny").orElseThrow().readable());
    }

    @Test
    void aFileWithoutChecksumIsRefusedWithWhereToPutItByHand() throws Exception {
        ModelDescriptor d = descriptor(TestModels.descriptor("tiny", sources.toUri().toString(), visualSha, "", vocabSha));
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(d, false, null));
        assertEquals("tiny: no checksum known for textual/model.onnx: the descriptor gives none and a local file has none published;"
                + " install it by hand into " + models.resolve("tiny") + " (see models/README.md)", e.getMessage());
        ModelDescriptor noUrl = descriptor(TestModels.descriptor("tiny", "", visualSha, textualSha, vocabSha));
        ModelException e2 = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(noUrl, false, null));
        assertTrue(e2.getMessage().contains("no download address known for visual/model.onnx; export the model first and install it with --from EXPORT_DIR,"
                + " or install it by hand into " + models.resolve("tiny")), e2.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void verifyFindsMissingAndChangedFilesAndRemoveDeletes() throws Exception {
        ModelDescriptor d = descriptor(TestModels.descriptor("tiny", sources.toUri().toString(), visualSha, textualSha, vocabSha));
        Path folder = new ModelInstaller(catalog).install(d, false, null);
        Files.writeString(folder.resolve("visual/model.onnx"), "changed");
        Files.delete(folder.resolve("textual/model.onnx"));
        List<ModelInstaller.FileCheck> checks = new ModelInstaller(catalog).verify(catalog.installed("tiny").orElseThrow(), null);
        assertEquals(ModelInstaller.FileCheck.Status.MISMATCH, checks.get(0).status());
        assertFalse(checks.get(0).ok());
        assertTrue(checks.get(0).describe().contains("expected " + visualSha), checks.get(0).describe());
        assertEquals(ModelInstaller.FileCheck.Status.MISSING, checks.get(1).status());
        assertEquals(ModelInstaller.FileCheck.Status.OK, checks.get(2).status());

        new ModelInstaller(catalog).remove("tiny");
        assertEquals(List.of(), leftovers());
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).remove("tiny"));
        assertTrue(e.getMessage().contains("no model 'tiny' is installed"), e.getMessage());
    }

    @Test
    void aCustomModelWithoutChecksumsVerifiesAsPresent() throws Exception {
        TestModels.installByHand(models, "mine");
        List<ModelInstaller.FileCheck> checks = new ModelInstaller(catalog).verify(catalog.installed("mine").orElseThrow(), null);
        assertTrue(checks.stream().allMatch(c -> c.status() == ModelInstaller.FileCheck.Status.NO_CHECKSUM && c.ok()), checks.toString());
    }
}
