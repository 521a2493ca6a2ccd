package dev.scry.ui.parts;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The workbench's model fragment of dev.scry.ui (fragment.e4xmi) as the tests read it: menus, commands, handlers, keys. */
final class ModelFragment {
    private final Document model;

    ModelFragment() throws Exception {
        URL fragment = FrameworkUtil.getBundle(LibraryPart.class).getEntry("fragment.e4xmi");
        try (InputStream in = fragment.openStream()) {
            model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The entries of a popup menu (its children but the separators), in order. */
    List<Element> entries(String popup) {
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

    /** The entry with this element id. */
    static Element entry(List<Element> entries, String elementId) {
        return entries.stream().filter(e -> elementId.equals(e.getAttribute("elementId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + elementId));
    }

    /** The element with this xmi:id, or null. */
    Element byId(String xmiId) {
        NodeList elements = model.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element each = (Element) elements.item(i);
            if (xmiId.equals(each.getAttribute("xmi:id"))) {
                return each;
            }
        }
        return null;
    }

    /** The command id (elementId) of the command with this xmi:id. */
    String commandId(String xmiId) {
        Element command = byId(xmiId);
        if (command == null) {
            throw new AssertionError("no command " + xmiId);
        }
        return command.getAttribute("elementId");
    }

    /**
     * The class of the model's handler for the command with this xmi:id: the handler of the part with
     * {@code partId} when it has one (a part's handler runs while the part is active), else the application's.
     */
    String handlerClass(String command, String partId) {
        NodeList handlers = model.getElementsByTagName("*");
        String application = null;
        for (int i = 0; i < handlers.getLength(); i++) {
            Element each = (Element) handlers.item(i);
            boolean handler = "commands:Handler".equals(each.getAttribute("xsi:type")) || "handlers".equals(each.getTagName());
            if (!handler || !command.equals(each.getAttribute("command"))) {
                continue;
            }
            String type = each.getAttribute("contributionURI").replace("bundleclass://dev.scry.ui/", "");
            Element parent = (Element) each.getParentNode();
            if ("handlers".equals(each.getTagName())) {
                if (partId != null && partId.equals(parent.getAttribute("elementId"))) {
                    return type;
                }
            } else {
                application = type;
            }
        }
        if (application == null) {
            throw new AssertionError("no handler for the command " + command + (partId == null ? "" : " in " + partId));
        }
        return application;
    }

    /** The key sequence bound to the command with this xmi:id, or "". */
    String keyOf(String command) {
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
