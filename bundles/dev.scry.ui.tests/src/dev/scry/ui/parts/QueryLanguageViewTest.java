package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.testing.TestPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.widgets.ThumbnailGrid;

/** The query field speaks the query language: field names are completed, "?" shows the syntax, fields filter. */
class QueryLanguageViewTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    private Library library() throws Exception {
        Path pictures = Files.createDirectories(temp.resolve("mixed"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(320, 200, i), "png", pictures.resolve("beach-" + i + ".png"));
        }
        TestPictures.write(TestPictures.draw(320, 200, 9), "jpeg", pictures.resolve("boat.jpg"));
        Libraries libraries = Workbench.service(Libraries.class);
        var catalog = libraries.catalog();
        Library created = catalog.addPictureFolders(catalog.create("mixed-" + System.nanoTime() % 100000), List.of(pictures));
        created = catalog.configure(created, List.of("fingerprint"), false, false, created.vectors());
        libraries.indexer(created).sync(created, catalog, new NullProgressMonitor());
        return created;
    }

    @Test
    void fieldNamesAreCompletedAndAFieldFiltersTheResults() throws Exception {
        Library library = library();
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        QueryPart query = workbench.part(QueryPart.class, sash);
        workbench.part(ResultsPart.class, sash);
        workbench.shell().setBounds(0, 0, 1100, 600);
        workbench.shell().open();
        workbench.spin(200);
        query.selectLibrary(library.name());
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        Text text = Workbench.find(workbench.shell(), "text", Text.class);

        workbench.mouse().click(text, new Point(20, text.getSize().y / 2));
        workbench.type("for");
        workbench.waitUntil("the proposals for 'for'", 10, () -> proposals(text).equals(List.of("format:")));
        workbench.screenshot(Path.of("target/screenshots/query-completion-" + language() + ".png"));
        workbench.press("Return");
        workbench.waitUntil("the proposal taken", 10, () -> text.getText().equals("format:"));
        workbench.type("jpeg");
        workbench.waitUntil("only the JPEG picture", 10, () -> names(grid).equals(List.of("boat.jpg")));

        text.setText("");
        workbench.press("minus"); // xdotool takes a leading - for an option
        workbench.type("format:jpeg sort:name");
        workbench.waitUntil("the PNG pictures by name", 10,
                () -> names(grid).equals(List.of("beach-0.png", "beach-1.png", "beach-2.png")));

        text.setText("");
        workbench.type("beach (");
        Label status = Workbench.find(workbench.shell(), "queryStatus", Label.class);
        // the column of the parenthesis and the one expected (not a timing such as "47 ms", seen before the error)
        workbench.waitUntil("the syntax error said", 10, () -> status.getText().contains("7") && status.getText().contains(")"));
        assertFalse(status.getText().contains("\u2022"), "a sentence, not a count of pictures: " + status.getText());
    }

    @Test
    void theQuestionMarkShowsTheSyntax() throws Exception {
        SashForm sash = new SashForm(workbench.shell(), SWT.HORIZONTAL);
        workbench.part(QueryPart.class, sash);
        workbench.shell().setBounds(0, 0, 1100, 600);
        workbench.shell().open();
        workbench.spin(200);
        Button help = Workbench.find(workbench.shell(), "queryHelpButton", Button.class);
        assertEquals(Messages.query_helpButton, help.getToolTipText());
        workbench.mouse().click(help, new Point(help.getSize().x / 2, help.getSize().y / 2));
        workbench.waitUntil("the help window", 10, () -> helpTable() != null);
        Table table = helpTable();
        List<String> rows = Arrays.stream(Messages.queryHelp_rows.split("\n")).map(r -> r.split("\\|")[0]).toList();
        assertEquals(rows, Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
        assertTrue(rows.stream().anyMatch(r -> r.contains("sort:-size")) && rows.stream().anyMatch(r -> r.contains("size:>2MB")));
        assertEquals(Messages.queryHelp_title, table.getShell().getText());
        workbench.spin(300);
        Path shot = Path.of("target/screenshots/query-help-" + language() + ".png");
        Files.createDirectories(shot.getParent());
        new ProcessBuilder("import", "-window", "root", shot.toString()).inheritIO().start().waitFor();
    }

    private Table helpTable() {
        for (Shell shell : workbench.shell().getShells()) {
            Table table = find(shell, QueryHelp.TABLE_ID);
            if (table != null && shell.isVisible()) {
                return table;
            }
        }
        return null;
    }

    private static Table find(Composite root, String id) {
        for (Control child : root.getChildren()) {
            if (child instanceof Table table && id.equals(table.getData(LibraryPart.ID))) {
                return table;
            }
            if (child instanceof Composite composite) {
                Table found = find(composite, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The proposals shown under the field: the items of the popup's table. */
    private static List<String> proposals(Text text) {
        for (Shell popup : text.getShell().getShells()) {
            if (popup.isVisible()) {
                Table table = anyTable(popup);
                if (table != null) {
                    return Arrays.stream(table.getItems()).map(TableItem::getText).toList();
                }
            }
        }
        return List.of();
    }

    private static Table anyTable(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof Composite composite && anyTable(composite) != null) {
                return anyTable(composite);
            }
        }
        return null;
    }

    private static List<String> names(ThumbnailGrid grid) {
        return grid.getItems().stream().map(i -> i.path().getFileName().toString()).toList();
    }

    private static String language() {
        return java.util.Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
    }
}
