package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
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

import dev.scry.library.Libraries;
import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;

/**
 * Indexing in the Library view with a picture source the test paces ({@link PictureGate}): the
 * progress of each run, Cancel of the run the user means, two libraries indexed at once.
 */
class IndexingViewTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    private PictureGate gate;
    private LibraryPart view;
    private Table table;
    private Label status;

    @BeforeEach
    void openView() throws Exception {
        gate = PictureGate.install();
        Libraries libraries = Workbench.service(Libraries.class);
        workbench.waitUntil("the gate installed as an encoder", 10,
                () -> libraries.imageEncoders().stream().anyMatch(e -> e.id().equals(PictureGate.ID)));
        workbench.shell().setLayout(new org.eclipse.swt.layout.GridLayout());
        view = workbench.part(LibraryPart.class, workbench.shell());
        workbench.shell().getChildren()[0].setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL,
                org.eclipse.swt.SWT.FILL, true, true));
        workbench.part(ProgressArea.class, workbench.shell()); // the window's bottom trim
        ((org.eclipse.swt.widgets.Composite) workbench.shell().getChildren()[1]).setLayout(new org.eclipse.swt.layout.FillLayout());
        workbench.shell().setBounds(0, 0, 760, 560);
        workbench.shell().open();
        table = Workbench.find(workbench.shell(), "libraries", Table.class);
        status = Workbench.find(workbench.shell(), "status", Label.class);
    }

    @AfterEach
    void removeGate() {
        gate.close();
    }

    /** A library of {@code count} pictures {@code width} pixels wide, indexed through the gate. */
    private String library(String prefix, int width, int count) throws Exception {
        Path pictures = Files.createDirectories(temp.resolve(prefix));
        for (int i = 0; i < count; i++) {
            TestPictures.write(TestPictures.draw(width, 200, i), "png", pictures.resolve("p" + i + ".png"));
        }
        String name = prefix + "-" + System.nanoTime() % 100000;
        var catalog = view.libraries().catalog();
        var created = catalog.create(name);
        catalog.configure(created, List.of("fingerprint", PictureGate.ID), false, false, created.vectors());
        view.refresh();
        view.index(name, List.of(pictures));
        return name;
    }

    @Test
    void indexingShowsProgressAndStopsWhenCancelIsClicked() throws Exception {
        String name = library("many", 320, 10);
        assertEquals(Messages.state_indexing, row(name).getText(2), "the state says the library is being indexed");
        gate.letThrough(320, 3);
        ProgressBar bar = Workbench.find(workbench.shell(), "progress:" + name, ProgressBar.class);
        Label line = Workbench.find(workbench.shell(), "run:" + name, Label.class);
        workbench.waitUntil("progress with a count", 30, () -> bar.getSelection() == 300 && line.getText().contains("3"));
        Button cancel = Workbench.find(workbench.shell(), "cancel:" + name, Button.class);
        assertTrue(cancel.isEnabled());
        click(cancel);
        workbench.waitUntil("the run stops and says so", 30,
                () -> status.getText().startsWith(name + ": indexed 3,") && status.getText().endsWith(Messages.library_summaryCancelled));
        assertTrue(cancel.isDisposed() && find("cancel:" + name) == null, "nothing left to cancel");
        assertEquals("3", count(name), "cancelled where the gate held it: 3 of 10 indexed");
        gate.open();
        view.index(name, List.of());
        workbench.waitUntil("a sync finishes the rest", 60, () -> count(name).equals("10"));
    }

    @Test
    void twoLibrariesIndexAtOnceAndCancelStopsTheOneClicked() throws Exception {
        String first = library("first", 320, 6);
        String second = library("second", 300, 6);
        gate.letThrough(320, 2);
        gate.letThrough(300, 1);
        ProgressBar firstBar = Workbench.find(workbench.shell(), "progress:" + first, ProgressBar.class);
        ProgressBar secondBar = Workbench.find(workbench.shell(), "progress:" + second, ProgressBar.class);
        workbench.waitUntil("both runs show their progress", 30,
                () -> firstBar.getSelection() == 333 && secondBar.getSelection() == 166);
        Label firstLine = Workbench.find(workbench.shell(), "run:" + first, Label.class);
        Label secondLine = Workbench.find(workbench.shell(), "run:" + second, Label.class);
        workbench.waitUntil("each row names its library and count", 10,
                () -> firstLine.getText().startsWith(first + ": 2 ") && secondLine.getText().startsWith(second + ": 1 "));
        assertEquals(Messages.state_indexing, row(first).getText(2));
        assertEquals(Messages.state_indexing, row(second).getText(2));
        Label trim = Workbench.find(workbench.shell(), "progressArea", Label.class);
        String firstCount = org.eclipse.osgi.util.NLS.bind(Messages.progress_areaRun, first, "2/6");
        String secondCount = org.eclipse.osgi.util.NLS.bind(Messages.progress_areaRun, second, "1/6");
        workbench.waitUntil("the progress area lists both runs", 10,
                () -> trim.getText().contains(firstCount) && trim.getText().contains(secondCount));
        workbench.spin(100);
        workbench.screenshot(Path.of("target/screenshots/indexing-two-en.png"));

        click(Workbench.find(workbench.shell(), "cancel:" + first, Button.class));
        workbench.waitUntil("the first run stops and says so", 30,
                () -> status.getText().startsWith(first + ": indexed 2,") && status.getText().endsWith(Messages.library_summaryCancelled));
        assertNull(find("cancel:" + first), "the first run's row is gone");
        Button secondCancel = Workbench.find(workbench.shell(), "cancel:" + second, Button.class);
        assertTrue(secondCancel.isEnabled(), "the second run can still be cancelled");
        assertTrue(secondBar.getSelection() == 166 && !secondBar.isDisposed(), "the second run goes on");

        String one = org.eclipse.osgi.util.NLS.bind(Messages.progress_areaRuns, secondCount);
        workbench.waitUntil("the progress area lists the run left: " + one, 10, () -> trim.getText().equals(one));
        gate.letThrough(300, 5);
        workbench.waitUntil("the second run finishes", 30, () -> status.getText().startsWith(second + ": indexed 6,"));
        workbench.waitUntil("the progress area empty", 10, () -> trim.getText().isEmpty());
        assertNull(find("cancel:" + second), "nothing left to cancel");
        workbench.waitUntil("the counts shown", 10, () -> count(first).equals("2") && count(second).equals("6"));
    }

    private void click(Button button) {
        workbench.mouse().click(button, new Point(button.getSize().x / 2, button.getSize().y / 2));
    }

    private Control find(String id) {
        try {
            return Workbench.find(workbench.shell(), id, Control.class);
        } catch (org.opentest4j.AssertionFailedError e) {
            return null;
        }
    }

    private TableItem row(String library) {
        return List.of(table.getItems()).stream().filter(i -> i.getText(0).equals(library)).findFirst().orElse(null);
    }

    private String count(String library) {
        TableItem row = row(library);
        return row == null ? "" : row.getText(1);
    }
}
