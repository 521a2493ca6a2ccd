package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.clip.ClipEncoders;
import dev.scry.encoder.clip.DownloadState;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.library.Libraries;
import dev.scry.testing.HubServer;
import dev.scry.testing.OnnxModelBuilder;
import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.jobs.InstallJob;

/**
 * The Models view against a local server that behaves like the model hub (HEAD with X-Linked-Etag and
 * X-Repo-Commit, a redirect to a CDN that serves Range requests), reached through the hub endpoint
 * setting as a user's mirror would be, with generated ONNX towers: install with a real click, the
 * progress in the row and the progress area, the encoder in the Query view's choice, the Libraries
 * view's offer to encode; Cancel mid-download (the server holds the body, so nothing depends on timing)
 * and a resume with HTTP Range; a tampered file refused with its reason and nothing left; Verify and
 * Remove.
 */
class ModelsViewTest {
    private static final String REPO = "scry-test/tiny-clip";
    private static final String COMMIT = "5ca1ab1e00000000000000000000000000000001";
    private static final int DIMENSION = 512;
    /** The bytes the server sends before it holds a body: more than a buffer, far less than the image tower. */
    private static final int HELD_AFTER = 100_000;

    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    private HubServer hub;
    private ModelCatalog catalog;
    private ClipEncoders encoders;
    private ModelDescriptor model;
    private byte[] visual;
    private byte[] textual;
    private byte[] vocab;
    private Table table;
    private Label status;
    private Combo encoderChoice;
    private LibraryPart libraryView;
    private final List<String> createdLibraries = new java.util.ArrayList<>();
    private ModelsPart models;

    @BeforeEach
    void openViews() throws Exception {
        hub = new HubServer();
        System.setProperty("scry.hub.endpoint", hub.endpoint());
        String id = "tiny-clip-" + System.nanoTime() % 1_000_000;
        model = descriptor(id);
        visual = visualTower();
        textual = textTower();
        // a BPE merges file of one merge: install loads the model, its tokenizer included
        vocab = "#version: 0.2 (a stand-in vocabulary for the test towers)\nh e\n".getBytes(StandardCharsets.UTF_8);
        hub.branch(REPO, "main", COMMIT);
        encoders = Workbench.service(ClipEncoders.class);
        Workbench.service(Libraries.class);
        List<ModelDescriptor> known = new java.util.ArrayList<>(ModelCatalog.shipped()); // as a user sees them, for the screenshots
        known.addAll(List.of(model, exportFirst()));
        catalog = new ModelCatalog(encoders.modelsFolder(), known);
        workbench.provide(ModelCatalog.class, catalog);

        org.eclipse.swt.widgets.Shell shell = workbench.shell();
        shell.setLayout(new GridLayout(2, true));
        models = workbench.part(ModelsPart.class, shell);
        fill(shell.getChildren()[0], 2, 300);
        libraryView = workbench.part(LibraryPart.class, shell);
        workbench.part(QueryPart.class, shell);
        fill(shell.getChildren()[1], 1, 340);
        fill(shell.getChildren()[2], 1, 340);
        workbench.part(ProgressArea.class, shell);
        ((Composite) shell.getChildren()[3]).setLayout(new FillLayout());
        shell.getChildren()[3].setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        shell.setBounds(0, 0, 1000, 720);
        shell.open();
        assertTrue(models != null);
        table = Workbench.find(shell, "models", Table.class);
        status = Workbench.find(shell, "modelsStatus", Label.class);
        encoderChoice = Workbench.find(shell, "encoder", Combo.class);
    }

    /** Lays a part out at a fixed height (however many rows its table holds), as a part stack would. */
    private static void fill(Control control, int columns, int height) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, columns, 1);
        data.heightHint = height;
        control.setLayoutData(data);
    }

    @AfterEach
    void cleanUp() throws Exception {
        Libraries libraries = Workbench.service(Libraries.class);
        // nothing this test started may reach the next test's views: its jobs end, then the events they posted are handled
        for (Object family : List.of(dev.scry.ui.jobs.InstallJob.FAMILY, dev.scry.ui.jobs.SearchJob.FAMILY, dev.scry.ui.jobs.IndexingJob.FAMILY)) {
            org.eclipse.core.runtime.jobs.Job.getJobManager().join(family, null);
        }
        EventBarrier.await(workbench, models.events);
        for (String name : createdLibraries) {
            libraries.catalog().remove(libraries.catalog().get(name));
        }
        System.clearProperty("scry.hub.endpoint");
        hub.close();
        for (String name : List.of(model.id(), ".partial-" + model.id())) {
            deleteTree(catalog.folder().resolve(name));
        }
        encoders.rescan();
    }

    @Test
    void installsWithProgressThenSearchesWithItOffersToEncodeVerifiesAndRemoves() throws Exception {
        publish();
        String library = library();
        HubServer.Hold hold = hub.holdNextAfter(HELD_AFTER);
        select(model.id());
        assertEquals(Messages.models_stateNotInstalled, row(model.id()).getText(2));
        click("install");

        workbench.waitUntil("the server holds the first file mid-way", 30, hold::reached);
        long total = visual.length + textual.length + vocab.length;
        DownloadState expected = new DownloadState("", HELD_AFTER, total, 0);
        Label line = Workbench.find(workbench.shell(), "install:" + model.id(), Label.class);
        ProgressBar bar = Workbench.find(workbench.shell(), "installBar:" + model.id(), ProgressBar.class);
        workbench.waitUntil("the bar shows the share of the model on disk", 10, () -> bar.getSelection() == (int) (1000 * expected.fraction()));
        assertTrue(line.getText().startsWith(model.label() + ": ") && line.getText().contains(InstallJob.megabytes(HELD_AFTER))
                && line.getText().contains(InstallJob.megabytes(total)), "the row says the bytes so far of all: " + line.getText());
        assertTrue(row(model.id()).getText(2).startsWith(NLS.bind(Messages.models_stateInstalling, "")), row(model.id()).getText(2));
        Label trim = Workbench.find(workbench.shell(), "progressArea", Label.class);
        workbench.waitUntil("the progress area shows the install", 10,
                () -> trim.getText().startsWith(NLS.bind(Messages.progress_areaInstall, model.label(), "")));
        screenshot("models-installing-" + language() + ".png");

        hold.release();
        workbench.waitUntil("the model installed", 60, () -> row(model.id()).getText(2).equals(Messages.models_stateInstalled));
        assertEquals(NLS.bind(Messages.models_installed, model.label()), status.getText());
        assertTrue(Files.isRegularFile(catalog.folderOf(model.id()).resolve("onnx/vision_model.onnx")));
        assertFalse(Files.exists(catalog.folder().resolve(".partial-" + model.id())), "no work folder left");
        assertTrue(hub.requests().contains("HEAD /" + REPO + "/resolve/main/onnx/vision_model.onnx"), hub.requests().toString());
        assertTrue(hub.requests().contains("GET /" + REPO + "/resolve/" + COMMIT + "/onnx/vision_model.onnx"),
                "downloaded from the commit main was pinned to: " + hub.requests());
        assertTrue(row(model.id()).getText(3).equals(NLS.bind(Messages.models_sizeOnDisk, InstallJob.megabytes(Files.size(
                catalog.folderOf(model.id()).resolve("model.properties")) + total))), row(model.id()).getText(3));
        workbench.waitUntil("the Query view can search with it", 10, () -> encoderChoice.indexOf(model.label()) >= 0);

        Label offer = Workbench.find(workbench.shell(), "offer", Label.class);
        workbench.waitUntil("the Libraries view offers to encode the pictures", 10,
                () -> offer.isVisible() && offer.getText().equals(NLS.bind(Messages.library_offer, model.label())));
        screenshot("models-installed-" + language() + ".png");
        click("offerEncode");
        assertFalse(offer.isVisible(), "the offer goes once taken");
        Libraries libraries = Workbench.service(Libraries.class);
        workbench.waitUntil("the library's pictures encoded with the model", 120, () -> indexed(libraries, library).contains(model.id()));

        select(model.id());
        click("verify");
        workbench.waitUntil("Verify says each file", 30, () -> status.getText().startsWith(NLS.bind(Messages.models_verifyOk, model.label())));
        for (String path : List.of("onnx/vision_model.onnx", "onnx/text_model.onnx", "vocab.txt")) {
            assertTrue(status.getText().contains(NLS.bind(Messages.models_fileOk, path)), status.getText());
        }
        Files.write(catalog.folderOf(model.id()).resolve("vocab.txt"), "changed on disk".getBytes(StandardCharsets.UTF_8));
        click("verify");
        workbench.waitUntil("Verify finds the damaged file", 30,
                () -> status.getText().startsWith(NLS.bind(Messages.models_verifyDamaged, model.label())));
        String damaged = NLS.bind(Messages.models_fileMismatch, "vocab.txt");
        assertTrue(status.getText().contains(damaged), status.getText());
        assertEquals(NLS.bind(Messages.models_stateDamaged, "vocab.txt"), row(model.id()).getText(2), "the row names the damaged file");

        removeWithConfirmation();
        workbench.waitUntil("the row says not installed", 10, () -> row(model.id()).getText(2).equals(Messages.models_stateNotInstalled));
        assertEquals(NLS.bind(Messages.models_removed, model.label()), status.getText());
        assertFalse(Files.exists(catalog.folderOf(model.id())), "its folder is gone");
        workbench.waitUntil("the Query view no longer offers it", 10, () -> encoderChoice.indexOf(model.label()) < 0);
        assertFalse(encoders.registered().contains(model.id()));
        assertEquals(List.of("fingerprint"), libraries.catalog().get(library).encoders(),
                "the library no longer names the removed model, so its next sync does not fail on it");
    }

    @Test
    void cancelMidDownloadKeepsWhatArrivedAndTheNextInstallResumesIt() throws Exception {
        publish();
        HubServer.Hold hold = hub.holdNextAfter(HELD_AFTER);
        select(model.id());
        click("install");
        workbench.waitUntil("the server holds the first file mid-way", 30, hold::reached);
        Label line = Workbench.find(workbench.shell(), "install:" + model.id(), Label.class);
        workbench.waitUntil("the row shows the bytes so far", 10, () -> line.getText().contains(InstallJob.megabytes(HELD_AFTER)));
        click("installCancel:" + model.id());
        hold.release(); // the next buffer arrives, and the download sees the cancel there
        workbench.waitUntil("the install says it was cancelled", 30,
                () -> status.getText().equals(NLS.bind(Messages.models_cancelled, model.label())));
        workbench.waitUntil("the row goes", 10, () -> find("install:" + model.id()) == null);
        Path partial = catalog.folder().resolve(".partial-" + model.id());
        Path kept = partial.resolve("onnx/vision_model.onnx");
        long have = Files.size(kept);
        assertTrue(have >= HELD_AFTER && have < visual.length, "the bytes that arrived are kept: " + have);
        assertFalse(Files.exists(catalog.folderOf(model.id())), "nothing installed");
        assertEquals(NLS.bind(Messages.models_statePartial, InstallJob.megabytes(ModelRow.bytesIn(partial))), row(model.id()).getText(2));

        click("install");
        workbench.waitUntil("the model installed", 60, () -> row(model.id()).getText(2).equals(Messages.models_stateInstalled));
        assertTrue(hub.requests().stream().anyMatch(r -> r.equals("GET /" + REPO + "/resolve/" + COMMIT + "/onnx/vision_model.onnx Range: bytes="
                + have + "-")), "the download resumed where it stopped: " + hub.requests());
        assertTrue(Arrays.equals(visual, Files.readAllBytes(catalog.folderOf(model.id()).resolve("onnx/vision_model.onnx"))));
        workbench.waitUntil("the Query view can search with it", 10, () -> encoderChoice.indexOf(model.label()) >= 0);
    }

    @Test
    void whatAKilledInstallLeftIsShownAndResumed() throws Exception {
        publish();
        // the models folder as a workbench killed mid-download leaves it: the first bytes of the first file, and its lock file
        Path partial = Files.createDirectories(catalog.folder().resolve(".partial-" + model.id()).resolve("onnx")).getParent();
        Files.write(partial.resolve("onnx/vision_model.onnx"), Arrays.copyOf(visual, HELD_AFTER));
        Files.createFile(catalog.folder().resolve(".partial-" + model.id() + ".lock"));
        click("rescan");
        assertEquals(NLS.bind(Messages.models_statePartial, InstallJob.megabytes(HELD_AFTER)), row(model.id()).getText(2));
        select(model.id());
        click("install");
        workbench.waitUntil("the model installed", 60, () -> row(model.id()).getText(2).equals(Messages.models_stateInstalled));
        assertTrue(hub.requests().contains("GET /" + REPO + "/resolve/" + COMMIT + "/onnx/vision_model.onnx Range: bytes=" + HELD_AFTER + "-"),
                "the download resumed after the bytes kept: " + hub.requests());
        assertTrue(Arrays.equals(visual, Files.readAllBytes(catalog.folderOf(model.id()).resolve("onnx/vision_model.onnx"))));
        assertFalse(Files.exists(partial), "the work folder is gone");
    }

    @Test
    void theLibraryMenuEncodesOneLibraryWithAnInstalledModel() throws Exception {
        publish();
        String library = library();
        select(model.id());
        click("install");
        workbench.waitUntil("the model installed", 60, () -> row(model.id()).getText(2).equals(Messages.models_stateInstalled));
        Table libraries = Workbench.find(workbench.shell(), "libraries", Table.class);
        TableItem item = java.util.Arrays.stream(libraries.getItems()).filter(i -> i.getText(0).equals(library)).findFirst().orElseThrow();
        libraries.setSelection(item);
        libraries.showItem(item);
        libraries.setFocus();
        workbench.waitUntil("the library list has the keyboard", 10, libraries::isFocusControl);
        workbench.press("shift+F10"); // the keyboard's context-menu key, on the selected library
        workbench.waitUntil("the context menu open", 10, () -> libraries.getMenu().isVisible());
        org.eclipse.swt.widgets.MenuItem[] items = libraries.getMenu().getItems();
        assertEquals(NLS.bind(Messages.library_encodeWith, model.label()), items[items.length - 1].getText(), "the last command");
        workbench.press("Up", "Return"); // the menu's last item
        Libraries service = Workbench.service(Libraries.class);
        workbench.waitUntil("the library's pictures encoded with the model", 120, () -> indexed(service, library).contains(model.id()));
    }

    @Test
    void aTamperedFileIsRefusedWithItsReasonAndLeavesNothing() throws Exception {
        publish();
        byte[] other = textual.clone();
        other[other.length / 2] ^= 1;
        hub.tamper(REPO, COMMIT, "onnx/text_model.onnx", textual, other);
        select(model.id());
        click("install");
        workbench.waitUntil("the install is refused", 60,
                () -> status.getText().equals(NLS.bind(Messages.models_mismatch, model.label(), "onnx/text_model.onnx")));
        workbench.waitUntil("the row goes", 10, () -> find("install:" + model.id()) == null);
        assertFalse(Files.exists(catalog.folderOf(model.id())), "no model");
        assertFalse(Files.exists(catalog.folder().resolve(".partial-" + model.id())), "no partial files");
        assertEquals(Messages.models_stateNotInstalled, row(model.id()).getText(2));
        assertTrue(encoderChoice.indexOf(model.label()) < 0);
        screenshot("models-tampered-" + language() + ".png");
    }

    @Test
    void aModelToExportFirstSaysWhereToReadHow() {
        ModelDescriptor export = exportFirst();
        assertEquals(Messages.models_stateExportFirst, row(export.id()).getText(2));
        select(export.id());
        click("install");
        assertEquals(NLS.bind(Messages.models_exportFirst, export.label(), export.id()), status.getText());
        assertTrue(status.getText().contains("models/README.md"));
        assertFalse(Files.exists(catalog.folderOf(export.id())));
    }

    /** Clicks Remove and the confirmation's OK (the dialog takes the keyboard when it opens; xdotool waits for it). */
    private void removeWithConfirmation() {
        Button remove = Workbench.find(workbench.shell(), "remove", Button.class);
        Point at = remove.toDisplay(remove.getSize().x / 2, remove.getSize().y / 2);
        new Xdotool(workbench).run(List.of(new String[] { "mousemove", Integer.toString(at.x), Integer.toString(at.y) },
                new String[] { "click", "1" },
                new String[] { "search", "--sync", "--onlyvisible", "--name", "^" + Messages.models_remove.replace("\u2026", "") },
                new String[] { "key", "Return" }));
    }

    private void publish() {
        hub.publish(REPO, COMMIT, "onnx/vision_model.onnx", visual);
        hub.publish(REPO, COMMIT, "onnx/text_model.onnx", textual);
        hub.publish(REPO, COMMIT, "vocab.txt", vocab);
    }

    /** A library of two pictures indexed with the fingerprint in the Libraries view. */
    private String library() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 2; i++) {
            TestPictures.write(TestPictures.draw(240, 180, i), "png", pictures.resolve("p" + i + ".png"));
        }
        Libraries libraries = Workbench.service(Libraries.class);
        String name = "models-" + System.nanoTime() % 100000;
        createdLibraries.add(name);
        libraries.catalog().configure(libraries.catalog().create(name), List.of("fingerprint"), false, false,
                libraries.catalog().get(name).vectors());
        LibraryPart view = libraryView;
        view.refresh();
        view.index(name, List.of(pictures));
        workbench.waitUntil("the library indexed", 60, () -> indexed(libraries, name).contains("fingerprint")
                && org.eclipse.core.runtime.jobs.Job.getJobManager().find(dev.scry.ui.jobs.IndexingJob.FAMILY).length == 0);
        return name;
    }

    private static List<String> indexed(Libraries libraries, String name) {
        try (dev.scry.index.ImageSearcher searcher = dev.scry.index.ImageSearcher.open(libraries.catalog().get(name).indexFolder())) {
            return searcher.encoders();
        } catch (Exception e) {
            return List.of();
        }
    }

    private void select(String id) {
        TableItem item = row(id);
        table.showItem(item);
        workbench.spin(50);
        Rectangle bounds = item.getBounds(0);
        workbench.mouse().click(table, new Point(bounds.x + 10, bounds.y + bounds.height / 2));
        workbench.waitUntil("the row selected", 10, () -> table.getSelectionCount() == 1 && table.getSelection()[0] == row(id));
    }

    private void click(String id) {
        Control control = Workbench.find(workbench.shell(), id, Control.class);
        workbench.mouse().click(control, new Point(control.getSize().x / 2, control.getSize().y / 2));
    }

    private Control find(String id) {
        try {
            return Workbench.find(workbench.shell(), id, Control.class);
        } catch (org.opentest4j.AssertionFailedError e) {
            return null;
        }
    }

    private TableItem row(String id) {
        for (TableItem item : table.getItems()) {
            if (item.getText(1).equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** Saves what the window shows once what changed last is painted. */
    private void screenshot(String name) throws java.io.IOException {
        workbench.shell().layout(true, true);
        workbench.shell().update();
        workbench.spin(300); // the event loop paints what the layout moved
        workbench.screenshot(Path.of("target/screenshots/" + name));
    }

    private static String language() {
        return java.util.Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
    }

    /** The test model: Xenova's layout on the hub, addresses on the branch main (pinned at install), checksums from the hub. */
    private static ModelDescriptor descriptor(String id) {
        String base = "https://huggingface.co/" + REPO + "/resolve/main/";
        return descriptor(id, "Tiny CLIP, test towers", "file.visual.path = onnx/vision_model.onnx",
                "file.visual.url = " + base + "onnx/vision_model.onnx", "file.textual.path = onnx/text_model.onnx",
                "file.textual.url = " + base + "onnx/text_model.onnx", "file.vocab.path = vocab.txt", "file.vocab.url = " + base + "vocab.txt");
    }

    /** A model published as PyTorch weights only: its towers have no download address. */
    private static ModelDescriptor exportFirst() {
        return descriptor("tiny-export-first", "Tiny CLIP to export first", "file.visual.path = visual.onnx",
                "file.textual.path = textual.onnx", "file.vocab.path = vocab.txt",
                "file.vocab.url = https://huggingface.co/" + REPO + "/resolve/main/vocab.txt");
    }

    private static ModelDescriptor descriptor(String id, String label, String... files) {
        List<String> lines = new java.util.ArrayList<>(List.of("format = scry-model/1", "id = " + id, "label = " + label,
                "dimension = " + DIMENSION, "files = visual, textual, vocab"));
        lines.addAll(List.of(files));
        lines.addAll(List.of("visual.file = visual", "visual.input = pixel_values", "visual.output = image_embeds",
                "image.size = 224", "image.resize = shortest", "image.interpolation = bicubic", "image.crop = center",
                "image.mean = 0.48145466, 0.4578275, 0.40821073", "image.std = 0.26862954, 0.26130258, 0.27577711",
                "image.channels = RGB", "textual.file = textual", "textual.input = input_ids", "textual.output = text_embeds",
                "tokenizer = clip-bpe", "tokenizer.vocab = vocab", "tokenizer.context = 77", ""));
        try {
            return ModelDescriptor.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                    id + ".properties");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static float[] weights(int n, long seed) {
        Random random = new Random(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) random.nextGaussian();
        }
        return w;
    }

    /** pixel_values [batch, 3, 224, 224] -> image_embeds [batch, 64]: 8 x 8 block means per channel, projected. */
    private static byte[] visualTower() {
        return new OnnxModelBuilder().input("pixel_values", OnnxModelBuilder.Type.FLOAT, "batch", 3, 224, 224)
                .node("AveragePool", List.of("pixel_values"), List.of("pooled"), "kernel_shape", new long[] { 28, 28 }, "strides",
                        new long[] { 28, 28 })
                .node("Flatten", List.of("pooled"), List.of("flat"), "axis", 1)
                .weights("W", weights(192 * DIMENSION, 1), 192, DIMENSION)
                .node("MatMul", List.of("flat", "W"), List.of("image_embeds")).output("image_embeds", "batch", DIMENSION)
                .toByteArray();
    }

    /** input_ids int64 [batch, 77] -> text_embeds [batch, 64]. */
    private static byte[] textTower() {
        return new OnnxModelBuilder().input("input_ids", OnnxModelBuilder.Type.INT64, "batch", 77)
                .node("Cast", List.of("input_ids"), List.of("ids"), "to", 1)
                .weights("W", weights(77 * DIMENSION, 2), 77, DIMENSION)
                .node("MatMul", List.of("ids", "W"), List.of("text_embeds")).output("text_embeds", "batch", DIMENSION).toByteArray();
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
