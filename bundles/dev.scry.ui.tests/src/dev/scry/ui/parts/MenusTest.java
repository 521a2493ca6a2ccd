package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The menus the workbench's model fragment contributes are where the README says they are. */
class MenusTest {
    @Test
    void searchWithPictureFileIsInTheSearchMenu() throws Exception {
        URL fragment = FrameworkUtil.getBundle(LibraryPart.class).getEntry("fragment.e4xmi");
        assertNotNull(fragment, "the bundle's model fragment");
        Document model;
        try (InputStream in = fragment.openStream()) {
            model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList children = model.getElementsByTagName("children");
        Element item = null;
        for (int i = 0; i < children.getLength(); i++) {
            Element each = (Element) children.item(i);
            if ("dev.scry.item.openPicture".equals(each.getAttribute("elementId"))) {
                item = each;
            }
        }
        assertNotNull(item, "the Search with Picture File menu item");
        assertEquals("dev.scry.menu.search", ((Element) item.getParentNode()).getAttribute("elementId"));
    }

    @Test
    void installPluginsIsInTheHelpMenuAndRunsThePluginsHandler() throws Exception {
        ModelFragment fragment = new ModelFragment();
        Element item = fragment.byId("_itemPlugins");
        assertNotNull(item, "the Install Plugins menu item");
        assertEquals("dev.scry.menu.help", ((Element) item.getParentNode()).getAttribute("elementId"));
        assertEquals("%command.plugins", item.getAttribute("label"));
        assertEquals("dev.scry.command.plugins", fragment.commandId(item.getAttribute("command")));
        assertEquals("dev.scry.ui.handlers.PluginsHandler", fragment.handlerClass(item.getAttribute("command"), null));
        assertNotNull(Class.forName(fragment.handlerClass(item.getAttribute("command"), null)).getMethod("execute",
                org.eclipse.swt.widgets.Shell.class, dev.scry.plugins.PluginInstaller.class, org.eclipse.e4.ui.workbench.IWorkbench.class));
    }
}
