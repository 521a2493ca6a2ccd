package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.ScryHome;
import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchTestCluster;
import dev.scry.ui.ClusterLibraryDialog;
import dev.scry.ui.ScryEvents;

/**
 * File > New Library on a Cluster…, typed into with the real keyboard against a real two-node
 * OpenSearch cluster: an address where no cluster answers is refused in the dialog, naming it, and
 * nothing is made; the cluster's address makes the library, on its default index, and the Libraries
 * view lists and selects it.
 */
@ExtendWith(OpenSearchClusterExtension.class)
class ClusterLibraryDialogTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void aLibraryIsMadeOnTheClusterTypedIn(OpenSearchTestCluster cluster) throws Exception {
        Libraries libraries = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, libraries);
        LibraryPart view = workbench.part(LibraryPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 1000, 640); // the dialog opens over it, and the screenshots show the window
        workbench.shell().layout(true, true);
        workbench.open();

        ClusterLibraryDialog dialog = new ClusterLibraryDialog(workbench.shell(), libraries.catalog());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        workbench.waitUntil("the dialog shown", 10, shell::isVisible);
        typeInto(shell, "clusterName", "studio");
        typeInto(shell, "clusterUrl", "http://127.0.0.1:1");
        workbench.press("Return"); // Create is the default button
        workbench.waitUntil("the refusal said in the dialog", 60,
                () -> dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("127.0.0.1:1"));
        assertTrue(libraries.catalog().list().isEmpty(), "nothing made: " + libraries.catalog().list());
        workbench.spin(300); // the message area repainted
        workbench.screenshot(Path.of("target/screenshots/cluster-library-refused.png"));

        Text url = Workbench.find(shell, "clusterUrl", Text.class);
        url.setText("");
        typeInto(shell, "clusterUrl", cluster.url(1));
        workbench.spin(300);
        workbench.screenshot(Path.of("target/screenshots/cluster-library.png"));
        workbench.press("Return");
        workbench.waitUntil("the dialog closed with the library made", 120, shell::isDisposed);
        Library made = libraries.catalog().get("studio");
        assertFalse(made.store().isEmbedded(), "its pictures live on the cluster");
        assertEquals(cluster.url(1), made.store().url());
        assertEquals("scry-studio", made.store().index());
        assertEquals("studio", dialog.created().orElseThrow().name());

        view.events.post(ScryEvents.LIBRARY_CREATED, made.name()); // what the handler does
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.waitUntil("the Libraries view lists and selects it", 10, () -> "studio".equals(view.selectedLibrary()));
        assertEquals(List.of("studio"), java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
    }

    private void typeInto(Shell shell, String id, String text) {
        Text field = Workbench.find(shell, id, Text.class);
        workbench.mouse().click(field, new Point(10, field.getSize().y / 2));
        workbench.waitUntil(id + " has the keyboard", 10, field::isFocusControl);
        workbench.type(text);
        workbench.waitUntil(id + " holds what was typed", 10, () -> field.getText().equals(text));
    }
}
