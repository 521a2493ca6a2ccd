package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.IParameterValues;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.ui.menu.ItemType;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.ScryHome;
import dev.scry.testing.DuplicatePictures;
import dev.scry.ui.Messages;
import dev.scry.ui.handlers.LibraryCommand;
import dev.scry.ui.handlers.LibraryMenuEntries;

/**
 * The context menus of the Libraries and Duplicates views are the application model's (fragment.e4xmi):
 * each entry is a command with a handler (the Library view's entries for each folder and each model
 * come from a dynamic menu contribution, with the folder or the model as the command's parameter), and
 * Duplicates runs Results' Open, Show and Copy Path commands with handlers of its own part, so their
 * keys work there too. Run through the e4 command and handler services, the model's handlers act on the
 * row clicked with the real mouse.
 */
class ContextMenuCommandsTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void everyEntryOfTheLibraryMenuIsACommandWithAHandler() throws Exception {
        ModelFragment model = new ModelFragment();
        List<Element> entries = model.entries(LibraryPart.POPUP_MENU);
        List<String> handled = entries.stream().filter(e -> e.getAttribute("xsi:type").equals("menu:HandledMenuItem"))
                .map(e -> e.getAttribute("elementId")).toList();
        assertEquals(List.of("dev.scry.item.library.rename", "dev.scry.item.library.clear", "dev.scry.item.library.remove",
                "dev.scry.item.library.watch", "dev.scry.item.library.readWords", "dev.scry.item.library.problems"), handled);
        for (Element entry : entries) {
            if (entry.getAttribute("xsi:type").equals("menu:HandledMenuItem")) {
                assertNotNull(load(model.handlerClass(entry.getAttribute("command"), null)), entry.getAttribute("elementId"));
            } else {
                assertEquals("menu:DynamicMenuContribution", entry.getAttribute("xsi:type"), entry.getAttribute("elementId"));
                Class<?> entriesClass = load(entry.getAttribute("contributionURI").replace("bundleclass://dev.scry.ui/", ""));
                assertTrue(Arrays.stream(entriesClass.getMethods()).anyMatch(m -> m.isAnnotationPresent(org.eclipse.e4.ui.di.AboutToShow.class)),
                        entriesClass + " fills the menu when it opens");
            }
        }
        assertEquals("Check", ModelFragment.entry(entries, "dev.scry.item.library.watch").getAttribute("type"));
        assertEquals("Check", ModelFragment.entry(entries, "dev.scry.item.library.readWords").getAttribute("type"));
        assertEquals("F2", model.keyOf(ModelFragment.entry(entries, "dev.scry.item.library.rename").getAttribute("command")));
        for (String parameterized : List.of(LibraryMenuEntries.REMOVE_FOLDER, LibraryMenuEntries.ENCODE_WITH)) {
            Element command = commandByElementId(model, parameterized);
            assertNotNull(command, parameterized);
            assertNotNull(load(model.handlerClass(command.getAttribute("xmi:id"), null)), parameterized);
        }
    }

    @Test
    void everyEntryOfTheDuplicatesMenuIsACommandWithAHandlerOfThePart() throws Exception {
        ModelFragment model = new ModelFragment();
        List<Element> entries = model.entries(DuplicatesPart.POPUP_MENU);
        assertEquals(5, entries.size(), "open, show in folder, copy path, keep this file, trash the checked files");
        for (Element entry : entries) {
            assertEquals("menu:HandledMenuItem", entry.getAttribute("xsi:type"), entry.getAttribute("elementId"));
            String handler = model.handlerClass(entry.getAttribute("command"), "dev.scry.ui.part.duplicates");
            assertTrue(handler.startsWith("dev.scry.ui.handlers.DuplicatesCommand$"), handler);
            assertNotNull(load(handler));
        }
        String copyPath = ModelFragment.entry(entries, "dev.scry.item.duplicates.copyPath").getAttribute("command");
        assertEquals("dev.scry.command.results.copyPath", model.commandId(copyPath), "the Results view's command, shared");
        assertEquals("M1+M2+C", model.keyOf(copyPath), "and its key");
    }

    @Test
    void libraryCommandsActOnTheLibraryClicked() throws Exception {
        Libraries libraries = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, libraries);
        Path beach = Files.createDirectories(temp.resolve("beach"));
        Path city = Files.createDirectories(temp.resolve("city"));
        libraries.catalog().create("Archive");
        libraries.catalog().addPictureFolders(libraries.catalog().create("Trips"), List.of(beach, city));
        workbench.shell().setSize(900, 500);
        LibraryPart view = workbench.part(LibraryPart.class, workbench.shell());
        workbench.shell().layout(true, true);
        workbench.open();
        Commands commands = new Commands(view.partContext);
        ModelFragment model = new ModelFragment();
        ParameterizedCommand watch = commands.of(model, "_cmdLibraryWatch", null, Map.of());

        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        workbench.mouse().click(table, middleOf(row(table, "Trips").getBounds()));
        workbench.waitUntil("Trips selected", 10, () -> "Trips".equals(view.selectedLibrary()));

        // The check entry shows the library's state when the menu opens, and picking it turns watching on.
        MHandledMenuItem entry = MMenuFactory.INSTANCE.createHandledMenuItem();
        entry.setType(ItemType.CHECK);
        entry.setSelected(true);
        IEclipseContext menu = EclipseContextFactory.create("menu");
        menu.set(MItem.class, entry);
        assertTrue(commands.handlers.canExecute(watch, menu));
        assertFalse(entry.isSelected(), "Trips is not watched: the entry is unchecked");
        entry.setSelected(true); // what the menu does when the user picks the entry
        commands.handlers.executeHandler(watch, menu);
        assertTrue(libraries.catalog().get("Trips").watch(), "Trips is watched now");
        assertFalse(libraries.catalog().get("Archive").watch(), "not the other library");
        assertTrue(commands.handlers.canExecute(watch, menu));
        assertTrue(entry.isSelected(), "the entry shows it");
        commands.handlers.executeHandler(watch); // a key, no menu entry: it toggles
        assertFalse(libraries.catalog().get("Trips").watch(), "watching is off again");

        // The dynamic entries: one Remove Folder a folder, with the folder as the command's parameter.
        MCommand removeFolder = MCommandsFactory.INSTANCE.createCommand();
        removeFolder.setElementId(LibraryMenuEntries.REMOVE_FOLDER);
        List<MMenuElement> folders = LibraryMenuEntries.folders(view.selectedLibraryRecord(), id -> removeFolder);
        assertEquals(2, folders.size());
        MHandledMenuItem second = (MHandledMenuItem) folders.get(1);
        assertEquals(Messages.library_removeFolder + "  " + city.toAbsolutePath(), second.getLabel());
        assertEquals(LibraryMenuEntries.REMOVE_FOLDER, second.getCommand().getElementId());
        assertEquals(LibraryCommand.FOLDER, second.getParameters().get(0).getName());
        ParameterizedCommand removeCity = commands.of(model, "_cmdLibraryRemoveFolder", LibraryCommand.FOLDER,
                Map.of(LibraryCommand.FOLDER, second.getParameters().get(0).getValue()));
        assertTrue(commands.handlers.canExecute(removeCity));
        Thread ok = new Xdotool(workbench).answer("^" + Messages.library_removeFolder.replace("\u2026", ""), "Return");
        commands.handlers.executeHandler(removeCity); // asks first: the test's keyboard says OK
        ok.join(30_000);
        Library trips = libraries.catalog().get("Trips");
        assertEquals(List.of(beach.toAbsolutePath()), trips.pictureFolders(), "the city folder is no longer covered");
        assertFalse(commands.handlers.canExecute(removeCity), "a folder the library does not cover");
        assertEquals(1, LibraryMenuEntries.folders(trips, id -> removeFolder).size());
        assertTrue(LibraryMenuEntries.models(libraries.imageEncoders(), id -> removeFolder).isEmpty(),
                "no Encode with entries when only the built-in fingerprint is installed");
    }

    @Test
    void aRenamedLibraryKeepsItsSelectionAndTheQueryViewOffersItsNewName() throws Exception {
        Libraries libraries = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, libraries);
        libraries.catalog().create("Archive");
        libraries.catalog().create("Trips");
        org.eclipse.swt.custom.SashForm left = new org.eclipse.swt.custom.SashForm(workbench.shell(), org.eclipse.swt.SWT.VERTICAL);
        LibraryPart view = workbench.part(LibraryPart.class, left);
        workbench.part(QueryPart.class, left);
        workbench.shell().setSize(700, 800);
        workbench.shell().layout(true, true);
        workbench.open();
        Commands commands = new Commands(view.partContext);
        ParameterizedCommand rename = commands.of(new ModelFragment(), "_cmdLibraryRename", null, Map.of());
        Table table = Workbench.find(workbench.shell(), "libraries", Table.class);
        org.eclipse.swt.widgets.Combo chosen = Workbench.find(workbench.shell(), "library", org.eclipse.swt.widgets.Combo.class);
        workbench.mouse().click(table, middleOf(row(table, "Trips").getBounds()));
        workbench.waitUntil("Trips selected, and chosen in the Query view", 10,
                () -> "Trips".equals(view.selectedLibrary()) && chosen.getText().equals("Trips"));

        Thread typed = new Xdotool(workbench).answerTyping("^" + Messages.library_rename.replace("\u2026", ""), "Holidays");
        commands.handlers.executeHandler(rename); // the dialog asks for the new name: the test's keyboard types it
        typed.join(30_000);
        assertEquals(List.of("Archive", "Holidays"), libraries.catalog().list().stream().map(Library::name).sorted().toList());
        workbench.waitUntil("the renamed library stays selected", 10, () -> "Holidays".equals(view.selectedLibrary()));
        workbench.waitUntil("the Query view offers its new name, not the old one", 10,
                () -> chosen.getText().equals("Holidays") && chosen.indexOf("Trips") < 0);
    }

    @Test
    void duplicatesCommandsActOnTheFileClicked() throws Exception {
        Path pictures = DuplicatePictures.write(temp.resolve("dupes"), "copy.png", 4);
        Libraries libraries = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, libraries);
        Library library = libraries.catalog().addPictureFolders(libraries.catalog().create("dupes"), List.of(pictures));
        libraries.indexer(library).sync(library, libraries.catalog(), new org.eclipse.core.runtime.NullProgressMonitor());
        workbench.shell().setBounds(0, 0, 1100, 600);
        DuplicatesPart dupes = workbench.part(DuplicatesPart.class, workbench.shell());
        workbench.shell().layout(true, true);
        workbench.open();
        dupes.selectLibrary("dupes");
        dev.scry.ui.jobs.DuplicatesJob job = (dev.scry.ui.jobs.DuplicatesJob) dupes.find();
        Tree tree = dupes.tree();
        workbench.waitUntil("one group of three files", 30, () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 3);
        assertEquals(1.0, job.fraction(), "every picture looked at");

        ModelFragment model = new ModelFragment();
        Commands commands = new Commands(dupes.partContext);
        String part = "dev.scry.ui.part.duplicates";
        ParameterizedCommand copyPath = commands.of(model, "_cmdResultsCopyPath", part, Map.of());
        ParameterizedCommand keep = commands.of(model, "_cmdDuplicatesKeep", part, Map.of());
        ParameterizedCommand trash = commands.of(model, "_cmdDuplicatesTrash", part, Map.of());
        tree.deselectAll();
        assertFalse(commands.handlers.canExecute(copyPath), "no file selected");

        TreeItem smaller = Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getText(0).endsWith(DuplicatePictures.SMALLER))
                .findFirst().orElseThrow();
        assertTrue(smaller.getChecked(), "checked for the user: not the largest");
        workbench.waitUntil("the group's rows laid out, the group's own row above its files", 10, () -> smaller.getBounds(0).height > 0
                && smaller.getBounds(0).y >= tree.getItem(0).getBounds(0).y + tree.getItem(0).getBounds(0).height);
        Rectangle row = smaller.getBounds(0);
        workbench.mouse().click(tree, new Point(row.x + row.width / 2, row.y + row.height / 2));
        workbench.waitUntil("the smaller copy selected (clicked at " + row + ")", 10,
                () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == smaller);
        Clipboard clipboard = new Clipboard(workbench.display());
        try {
            clipboard.setContents(new Object[] { "before" }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
            commands.handlers.executeHandler(copyPath);
            assertEquals(smaller.getData().toString(), clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }

        commands.handlers.executeHandler(keep);
        assertFalse(smaller.getChecked(), "the file kept is unchecked");
        List<Path> checked = dupes.checked();
        assertEquals(2, checked.size(), "its group's two other files are checked: " + checked);
        assertFalse(checked.contains(smaller.getData()));
        assertTrue(commands.handlers.canExecute(trash), "files are checked: they can go to the trash");
        for (TreeItem file : tree.getItem(0).getItems()) {
            file.setChecked(false);
        }
        assertFalse(commands.handlers.canExecute(trash), "nothing checked, nothing to trash");
    }

    /** The model's commands defined in a part's context, each with the model's handler for it activated there. */
    private static final class Commands {
        final ECommandService commands;
        final EHandlerService handlers;
        private final IEclipseContext context;

        Commands(IEclipseContext context) {
            this.context = context;
            commands = context.get(ECommandService.class);
            handlers = context.get(EHandlerService.class);
            commands.defineCategory("dev.scry.test", "test", null);
            context.activate();
        }

        /** The command with this xmi:id, its handler the part's ({@code partId}) or else the application's, with these parameters. */
        ParameterizedCommand of(ModelFragment model, String xmiId, String partId, Map<String, Object> parameters) throws Exception {
            String id = model.commandId(xmiId);
            IParameter[] declared = parameters.keySet().stream().map(Commands::parameter).toArray(IParameter[]::new);
            commands.defineCommand(id, id, null, commands.getCategory("dev.scry.test"), declared);
            Class<?> handler = load(model.handlerClass(xmiId, partId));
            handlers.activateHandler(id, ContextInjectionFactory.make(handler, context));
            return commands.createCommand(id, parameters);
        }

        private static IParameter parameter(String id) {
            return new IParameter() {
                @Override
                public String getId() {
                    return id;
                }

                @Override
                public String getName() {
                    return id;
                }

                @Override
                public IParameterValues getValues() {
                    return Map::of;
                }

                @Override
                public boolean isOptional() {
                    return false;
                }
            };
        }
    }

    private static Element commandByElementId(ModelFragment model, String elementId) {
        for (String xmiId : List.of("_cmdLibraryRemoveFolder", "_cmdLibraryEncodeWith")) {
            Element command = model.byId(xmiId);
            if (command != null && elementId.equals(command.getAttribute("elementId"))) {
                return command;
            }
        }
        return null;
    }

    private static Class<?> load(String type) throws ClassNotFoundException {
        return FrameworkUtil.getBundle(LibraryPart.class).loadClass(type);
    }

    private static TableItem row(Table table, String name) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElse(null);
    }

    private static Point middleOf(Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

}
