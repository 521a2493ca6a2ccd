package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;
import dev.scry.ui.SearchResults;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * The Results view's context menu is the application model's (fragment.e4xmi): each entry is a
 * command with a handler, and the keys bound to a command run the same handler. Run through the e4
 * command and handler services, a handler acts on the picture clicked with the real mouse.
 */
class ResultsCommandsTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void everyEntryOfTheResultsMenuIsACommandWithAHandler() throws Exception {
        Document model = model();
        List<Element> entries = entries(model, ResultsPart.POPUP_MENU);
        assertEquals(8, entries.size(), "open, show in folder, copy path, copy file, similar, compare, export, contact sheet");
        for (Element entry : entries) {
            assertEquals("menu:HandledMenuItem", entry.getAttribute("xsi:type"), entry.getAttribute("elementId"));
            String command = entry.getAttribute("command");
            assertNotNull(byId(model, command), "the command of " + entry.getAttribute("elementId"));
            String handler = handlerClass(model, command);
            assertNotNull(FrameworkUtil.getBundle(ResultsPart.class).loadClass(handler), handler);
        }
        assertEquals("M1+M2+C", keyOf(model, byId(model, command(entries, "dev.scry.item.results.copyPath")).getAttribute("xmi:id")));
    }

    @Test
    void copyPathThroughTheModelsHandlerCopiesThePictureClicked() throws Exception {
        Path beach = TestPictures.write(TestPictures.draw(320, 240, 3), "png", temp.resolve("beach.png"));
        Path dune = TestPictures.write(TestPictures.draw(320, 240, 4), "png", temp.resolve("dune.png"));
        workbench.shell().setSize(900, 600);
        ResultsPart results = workbench.part(ResultsPart.class, workbench.shell());
        workbench.shell().layout(true, true);
        workbench.shell().open();

        Document model = model();
        String command = command(entries(model, ResultsPart.POPUP_MENU), "dev.scry.item.results.copyPath");
        String id = byId(model, command).getAttribute("elementId");
        Class<?> handler = FrameworkUtil.getBundle(ResultsPart.class).loadClass(handlerClass(model, command));
        ECommandService commands = results.partContext.get(ECommandService.class);
        EHandlerService handlers = results.partContext.get(EHandlerService.class);
        commands.defineCategory("dev.scry.test", "test", null);
        commands.defineCommand(id, "Copy Path", null, commands.getCategory("dev.scry.test"), null);
        handlers.activateHandler(id, ContextInjectionFactory.make(handler, results.partContext));
        results.partContext.activate();
        ParameterizedCommand copyPath = commands.createCommand(id, null);
        assertFalse(handlers.canExecute(copyPath), "no results, nothing to copy");

        results.show(new SearchResults("beach", "test", List.of(new SearchHit(beach, 100, "a"), new SearchHit(dune, 60, "b")), 1));
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        workbench.waitUntil("two pictures shown", 10, () -> grid.getItems().size() == 2);
        org.eclipse.swt.graphics.Rectangle second = grid.cellBounds(1);
        workbench.mouse().click(grid, new Point(second.x + second.width / 2, second.y + second.height / 3));
        workbench.waitUntil("the second picture selected", 10, () -> grid.getSelection() != null && grid.getSelection().path().equals(dune));
        assertTrue(handlers.canExecute(copyPath));
        Clipboard clipboard = new Clipboard(workbench.display());
        try {
            clipboard.setContents(new Object[] { "before" }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
            handlers.executeHandler(copyPath);
            assertEquals(dune.toString(), clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    private static Document model() throws Exception {
        URL fragment = FrameworkUtil.getBundle(LibraryPart.class).getEntry("fragment.e4xmi");
        try (InputStream in = fragment.openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> entries(Document model, String popup) {
        NodeList menus = model.getElementsByTagName("menus");
        for (int i = 0; i < menus.getLength(); i++) {
            Element menu = (Element) menus.item(i);
            if (popup.equals(menu.getAttribute("elementId"))) {
                List<Element> entries = new ArrayList<>();
                NodeList children = menu.getElementsByTagName("children");
                for (int j = 0; j < children.getLength(); j++) {
                    Element child = (Element) children.item(j);
                    if (!child.getAttribute("xsi:type").equals("menu:MenuSeparator")) {
                        entries.add(child);
                    }
                }
                return entries;
            }
        }
        throw new AssertionError("no popup menu " + popup + " in the model fragment");
    }

    private static String command(List<Element> entries, String elementId) {
        return entries.stream().filter(e -> elementId.equals(e.getAttribute("elementId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + elementId)).getAttribute("command");
    }

    private static Element byId(Document model, String xmiId) {
        NodeList elements = model.getElementsByTagName("elements");
        for (int i = 0; i < elements.getLength(); i++) {
            Element each = (Element) elements.item(i);
            if (xmiId.equals(each.getAttribute("xmi:id"))) {
                return each;
            }
        }
        return null;
    }

    /** The class of the model's handler for the command with this xmi:id. */
    private static String handlerClass(Document model, String command) {
        NodeList elements = model.getElementsByTagName("elements");
        for (int i = 0; i < elements.getLength(); i++) {
            Element each = (Element) elements.item(i);
            if ("commands:Handler".equals(each.getAttribute("xsi:type")) && command.equals(each.getAttribute("command"))) {
                return each.getAttribute("contributionURI").replace("bundleclass://dev.scry.ui/", "");
            }
        }
        throw new AssertionError("no handler for the command " + command);
    }

    private static String keyOf(Document model, String command) {
        NodeList elements = model.getElementsByTagName("elements");
        for (int i = 0; i < elements.getLength(); i++) {
            Element each = (Element) elements.item(i);
            if ("commands:KeyBinding".equals(each.getAttribute("xsi:type")) && command.equals(each.getAttribute("command"))) {
                return each.getAttribute("keySequence");
            }
        }
        return "";
    }
}
