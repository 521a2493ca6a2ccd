package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.HubServer;

/**
 * Installing from a local server that behaves like the Hugging Face hub ({@link HubServer}: HEAD with
 * X-Linked-Etag/X-Linked-Size/X-Repo-Commit, a redirect to a second server, Range, paths-info), reached
 * through the hub endpoint setting as a user's mirror would be.
 */
class HubInstallTest {
    private static final String REPO = "test/tiny";
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String BASE = "https://huggingface.co/" + REPO + "/resolve/" + COMMIT + "/";

    @TempDir
    Path temp;

    private HubServer hub;
    private Path models;
    private ModelCatalog catalog;
    private byte[] visual;
    private byte[] textual;
    private byte[] vocab;

    @BeforeEach
    void setUp() throws Exception {
        Path sources = temp.resolve("sources");
        TestModels.writeSources(sources);
        visual = Files.readAllBytes(sources.resolve("visual.onnx"));
        textual = Files.readAllBytes(sources.resolve("textual.onnx"));
        vocab = Files.readAllBytes(sources.resolve("bpe_simple_vocab_16e6.txt.gz"));
        hub = new HubServer();
        System.setProperty(DownloadAddress.HUB_PROPERTY, hub.endpoint());
        models = temp.resolve("home/models");
        catalog = new ModelCatalog(models, List.of());
    }

    @AfterEach
    void tearDown() throws IOException {
        System.clearProperty(DownloadAddress.HUB_PROPERTY);
        hub.close();
    }

    private void publishAll() {
        hub.publish(REPO, COMMIT, "visual.onnx", visual).publish(REPO, COMMIT, "textual.onnx", textual)
                .publish(REPO, COMMIT, "bpe_simple_vocab_16e6.txt.gz", vocab);
    }

    /** The test model's descriptor with its files on the hub and no checksums. */
    private static ModelDescriptor withoutChecksums() throws ModelException {
        return read(TestModels.descriptor("tiny", BASE, "", "", ""));
    }

    private static ModelDescriptor read(String text) throws ModelException {
        return ModelDescriptor.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
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
    void theChecksumComesFromTheHubsHeadersAndIsWrittenIntoTheInstalledDescriptor() throws Exception {
        publishAll();
        Path folder = new ModelInstaller(catalog).install(withoutChecksums(), false, null);

        ModelDescriptor installed = ModelDescriptor.read(folder.resolve(ModelDescriptor.FILE_NAME));
        assertEquals(HubServer.sha256(visual), installed.visualFile().sha256());
        assertEquals(HubServer.sha256(textual), installed.textualFile().sha256());
        assertEquals(visual.length, installed.visualFile().size());
        assertEquals(BASE + "visual.onnx", installed.visualFile().url(), "the descriptor keeps the hub's address, not the mirror's");
        assertTrue(new ModelInstaller(catalog).verify(catalog.installed("tiny").orElseThrow(), null).stream()
                .allMatch(c -> c.status() == ModelInstaller.FileCheck.Status.OK));
        assertEquals(List.of("tiny"), leftovers());

        List<String> requests = hub.requests();
        String visualPath = "/" + REPO + "/resolve/" + COMMIT + "/visual.onnx";
        assertTrue(requests.contains("HEAD " + visualPath), requests.toString());
        assertTrue(requests.contains("GET " + visualPath), requests.toString());
        assertTrue(requests.contains("GET cdn:/" + HubServer.sha256(visual)), "the redirect to the CDN is followed: " + requests);
        assertFalse(requests.stream().anyMatch(r -> r.startsWith("HEAD cdn:")), "the HEAD does not follow the redirect: " + requests);
    }

    @Test
    void withoutLinkedHeadersTheChecksumComesFromPathsInfo() throws Exception {
        publishAll();
        hub.linkedHeaders(false);
        Path folder = new ModelInstaller(catalog).install(withoutChecksums(), false, null);
        assertEquals(HubServer.sha256(textual), ModelDescriptor.read(folder.resolve(ModelDescriptor.FILE_NAME)).textualFile().sha256());
        assertTrue(hub.requests().contains("POST /api/models/" + REPO + "/paths-info/" + COMMIT), hub.requests().toString());
    }

    @Test
    void aTamperedFileIsRefusedAndNothingIsLeftBehind() throws Exception {
        publishAll();
        byte[] tampered = textual.clone();
        tampered[tampered.length - 1] ^= 1;
        hub.tamper(REPO, COMMIT, "textual.onnx", textual, tampered);
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(withoutChecksums(), false, null));
        assertTrue(e.getMessage().startsWith("tiny: textual/model.onnx downloaded from " + BASE + "textual.onnx does not match: its SHA-256 is "
                + HubServer.sha256(tampered) + ", expected " + HubServer.sha256(textual)), e.getMessage());
        assertTrue(e.getMessage().endsWith("it was deleted and nothing was installed"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFileWithoutAnyPublishedChecksumIsRefusedBeforeAnyDownload() throws Exception {
        hub.publish(REPO, COMMIT, "visual.onnx", visual).publish(REPO, COMMIT, "textual.onnx", textual)
                .plain("/" + REPO + "/resolve/" + COMMIT + "/bpe_simple_vocab_16e6.txt.gz", vocab);
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(withoutChecksums(), false, null));
        assertEquals("tiny: no checksum known for bpe_simple_vocab_16e6.txt.gz: the descriptor gives none and 127.0.0.1 publishes none"
                + " (a file kept in git rather than LFS has only a git SHA-1); install it by hand into " + models.resolve("tiny")
                + " (see models/README.md)", e.getMessage());
        assertFalse(hub.requests().stream().anyMatch(r -> r.startsWith("GET")), hub.requests().toString());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aDescriptorChecksumTheHubContradictsIsRefusedBeforeAnyDownload() throws Exception {
        publishAll();
        String stale = "ab".repeat(32);
        ModelDescriptor d = read(TestModels.descriptor("tiny", BASE, stale, "", ""));
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(d, false, null));
        assertTrue(e.getMessage().contains("visual/model.onnx at " + BASE + "visual.onnx is published with SHA-256 " + HubServer.sha256(visual)
                + " but the descriptor expects " + stale), e.getMessage());
        assertFalse(hub.requests().stream().anyMatch(r -> r.startsWith("GET")), hub.requests().toString());
    }

    @Test
    void aLostConnectionKeepsThePartialFileAndTheNextInstallResumesWithRange() throws Exception {
        publishAll();
        hub.dropNextAfter(1000);
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(withoutChecksums(), false, null));
        Path partial = models.resolve(".partial-tiny");
        assertTrue(e.getMessage().contains("what was downloaded is kept in " + partial + ": run the same install again to resume"),
                e.getMessage());
        assertEquals(1000, Files.size(partial.resolve("visual/model.onnx")));
        assertTrue(catalog.installed().isEmpty(), "nothing is installed yet");

        Path folder = new ModelInstaller(catalog).install(withoutChecksums(), false, null);
        assertTrue(hub.requests().contains("GET cdn:/" + HubServer.sha256(visual) + " Range: bytes=1000-"), hub.requests().toString());
        assertEquals(HubServer.sha256(visual), ModelInstaller.sha256(folder.resolve("visual/model.onnx")));
        assertEquals(List.of("tiny"), leftovers());
    }

    @Test
    void aCancelledInstallResumesWhereItStopped() throws Exception {
        visual = padded(visual, 4 << 20); // large enough to arrive in many reads, and still a model install can load
        publishAll();
        NullProgressMonitor cancelAfterFirstBytes = new NullProgressMonitor() {
            @Override
            public void internalWorked(double work) {
                Path kept = models.resolve(".partial-tiny/visual/model.onnx");
                try {
                    if (Files.isRegularFile(kept) && Files.size(kept) > 0) {
                        setCanceled(true); // as the user would, once bytes have arrived
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        ModelException e = assertThrows(ModelException.class,
                () -> new ModelInstaller(catalog).install(withoutChecksums(), false, cancelAfterFirstBytes));
        assertTrue(e.getMessage().contains("cancelled; nothing was installed, and what was downloaded is kept in"), e.getMessage());
        long kept = Files.size(models.resolve(".partial-tiny/visual/model.onnx"));
        assertTrue(kept > 0 && kept < visual.length, "kept " + kept);

        new ModelInstaller(catalog).install(withoutChecksums(), false, null);
        assertTrue(hub.requests().contains("GET cdn:/" + HubServer.sha256(visual) + " Range: bytes=" + kept + "-"), hub.requests().toString());
        assertEquals(List.of("tiny"), leftovers());
    }

    /**
     * A real ONNX model made {@code extra} bytes larger: a protobuf reader skips a field it does not know,
     * so the model appended with field number 999 (length-delimited, random bytes) loads as before.
     */
    private static byte[] padded(byte[] model, int extra) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(model);
        varint(out, (999 << 3) | 2);
        varint(out, extra);
        byte[] pad = new byte[extra];
        new java.util.Random(3).nextBytes(pad);
        out.writeBytes(pad);
        return out.toByteArray();
    }

    private static void varint(java.io.ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    @Test
    void tooLittleDiskSpaceIsRefusedBeforeAnyDownload() throws Exception {
        publishAll();
        hub.linkedHeaders(false); // no X-Linked-Size: the descriptor's size counts
        String text = TestModels.descriptor("tiny", BASE, "", "", "") + "file.visual.size = 1000000000000000000\n";
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(read(text), false, null));
        assertTrue(e.getMessage().startsWith("tiny: not enough disk space in " + models + ": the download needs 10000000000"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("are free; nothing was downloaded"), e.getMessage());
        assertFalse(hub.requests().stream().anyMatch(r -> r.startsWith("GET")), hub.requests().toString());
    }

    @Test
    void aServerErrorIsSaidBeforeAnyDownload() throws Exception {
        hub.publish(REPO, COMMIT, "visual.onnx", visual).publish(REPO, COMMIT, "bpe_simple_vocab_16e6.txt.gz", vocab);
        ModelException e = assertThrows(ModelException.class, () -> new ModelInstaller(catalog).install(withoutChecksums(), false, null));
        assertEquals("tiny: cannot download textual/model.onnx from " + BASE + "textual.onnx: the server answered HTTP 404"
                + " (no such file at that revision); nothing was installed", e.getMessage());
        assertEquals(List.of(), leftovers());
    }
    @Test
    void aBranchIsPinnedAtInstallToTheCommitTheHubNames() throws Exception {
        publishAll();
        hub.branch(REPO, "main", COMMIT);
        String main = "https://huggingface.co/" + REPO + "/resolve/main/";
        Path folder = new ModelInstaller(catalog).install(read(TestModels.descriptor("tiny", main, "", "", "")), false, null);
        ModelDescriptor installed = ModelDescriptor.read(folder.resolve(ModelDescriptor.FILE_NAME));
        assertEquals(BASE + "visual.onnx", installed.visualFile().url());
        assertEquals(HubServer.sha256(visual), installed.visualFile().sha256());
        assertTrue(hub.requests().contains("HEAD /" + REPO + "/resolve/main/visual.onnx"), hub.requests().toString());
        assertTrue(hub.requests().contains("GET /" + REPO + "/resolve/" + COMMIT + "/visual.onnx"), hub.requests().toString());
    }
}
