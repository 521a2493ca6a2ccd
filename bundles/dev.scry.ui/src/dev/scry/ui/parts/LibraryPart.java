package dev.scry.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.scry.library.IndexReport;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.jobs.FolderWatching;
import dev.scry.ui.jobs.IndexingJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Library view: the libraries with their picture counts, a field to create one, folders added with
 * a dialog or by dropping them, a context menu to rename, clear, remove, stop covering a folder, watch
 * the folders and list problems, and the indexing progress with Cancel.
 */
public class LibraryPart {
    /** The key under which controls carry a stable id, for tests and accessibility tools. */
    public static final String ID = "dev.scry.ui.id";

    @Inject
    Libraries libraries;
    @Inject
    UISynchronize ui;
    @Inject
    IEventBroker events;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    org.eclipse.e4.ui.workbench.modeling.ESelectionService selectionService;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    org.eclipse.e4.ui.services.EMenuService menus;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    org.eclipse.e4.core.contexts.IEclipseContext partContext;

    /** The application model's context menu of the view (fragment.e4xmi), its entries the commands of LibraryCommand. */
    public static final String POPUP_MENU = "dev.scry.ui.popup.libraries";

    private Table table;
    private LibraryActions actions;
    private Text newName;
    private IndexingProgress progress;
    /** Libraries being indexed by a job of this view, once per job (a second run may wait for the first). */
    private final List<String> indexing = new java.util.ArrayList<>();
    /** The report of each library's last finished run in this window. */
    private final java.util.Map<String, IndexReport> lastReports = new java.util.HashMap<>();
    private FolderWatching watching;
    private EncodeOffer offer;
    private Button addFolder;
    private Button sync;
    private NextStep nextStep;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        newName = new Text(parent, SWT.BORDER | SWT.SINGLE);
        newName.setMessage(Messages.library_newPrompt);
        newName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        newName.addListener(SWT.DefaultSelection, e -> createLibrary());
        newName.setData(ID, "newLibrary");
        Button create = button(parent, Messages.library_new, this::createLibrary);
        create.setData(ID, "create");
        dev.scry.ui.widgets.Icons.on(create, "library");
        addFolder = button(parent, Messages.library_addFolder, this::chooseFolder);
        addFolder.setData(ID, "addFolder");
        dev.scry.ui.widgets.Icons.on(addFolder, "folder-add");
        nextStep = new NextStep(parent, 3, "nextStep");

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setData(ID, "libraries");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.addListener(SWT.Selection, e -> {
            announceSelection();
            showNextStep();
        });
        table.addListener(SWT.MenuDetect, e -> publishSelection()); // the commands' selection is the row under the menu
        column(Messages.library_columnName, 140);
        column(Messages.library_columnPictures, 70);
        column(Messages.library_columnState, 200);
        column(Messages.library_columnFolders, 300);
        acceptDroppedFolders();
        actions = new LibraryActions(this, table);
        if (partContext != null) {
            partContext.set(LibraryPart.class, this); // for the commands (dev.scry.ui.handlers.LibraryCommand)
        }
        if (menus == null || !menus.registerContextMenu(table, POPUP_MENU)) {
            new LibraryMenu(this, table, actions); // made alone, outside a workbench: no application model to take the menu from
        }
        offer = new EncodeOffer(parent, this::encodeAllWith);

        progress = new IndexingProgress(parent);
        sync = button(parent, Messages.library_sync, () -> index(selectedLibrary(), List.of()));
        sync.setData(ID, "sync");
        dev.scry.ui.widgets.Icons.on(sync, "sync");
        sync.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 3, 1));
        watching = new FolderWatching(name -> ui.asyncExec(() -> index(name, List.of())), () -> ui.asyncExec(() -> {
            if (!table.isDisposed()) {
                refresh();
            }
        }));
        table.addListener(SWT.Dispose, e -> watching.close());
        refresh();
        startWatching();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (watching != null) {
            watching.close();
        }
    }

    public Libraries libraries() {
        return libraries;
    }

    FolderWatching watching() {
        return watching;
    }

    /** The report of the library's last finished run in this window, or null. */
    IndexReport lastReport(String library) {
        return lastReports.get(library);
    }

    /** Shows a message in the status line. */
    void say(String text) {
        progress.say(text);
    }

    /** Reloads the list of libraries and their counts, keeping the selection. */
    public void refresh() {
        String selected = selectedLibrary();
        table.removeAll();
        try {
            for (Library library : libraries.catalog().list()) {
                int pictures = libraries.catalog().pictureCount(library);
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { library.name(), Integer.toString(pictures),
                        LibraryState.of(library, pictures, indexing.contains(library.name()), lastReports.get(library.name()),
                                watching.problem(library.name()).orElse(null)),
                        String.join(", ", library.pictureFolders().stream().map(Path::toString).toList()) });
                item.setData(library);
                if (library.name().equals(selected)) {
                    table.setSelection(item);
                }
            }
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            say(sentence);
            dev.scry.ui.Failure.logged(LibraryPart.class, sentence, e);
        }
        if (table.getSelectionCount() == 0 && table.getItemCount() > 0) {
            table.setSelection(0);
        }
        publishSelection(); // its record as it is now (watched, reading words, its folders)
        showNextStep();
    }

    /**
     * Enables what needs a library only when one is selected, and tells a newcomer the next step:
     * create a first library, then add a folder to an empty one.
     */
    private void showNextStep() {
        if (sync == null || sync.isDisposed()) {
            return;
        }
        String selected = selectedLibrary();
        sync.setEnabled(selected != null);
        addFolder.setEnabled(selected != null);
        if (table.getItemCount() == 0) {
            nextStep.show(Messages.library_firstRun);
        } else if (selected != null && "0".equals(table.getSelection()[0].getText(1)) && !indexing.contains(selected)) {
            nextStep.show(NLS.bind(Messages.library_emptyHint, selected));
        } else {
            nextStep.show(null);
        }
    }

    /** An empty state elsewhere asked for a folder to add to a library. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void addFolderAsked(@org.eclipse.e4.ui.di.UIEventTopic(ScryEvents.ADD_FOLDER) String library) {
        if (table == null || table.isDisposed()) {
            return;
        }
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(library)) {
                table.setSelection(item);
            }
        }
        showNextStep();
        chooseFolder();
    }

    /** A library made elsewhere (File > New Library on a Cluster…) is listed and selected. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void libraryCreated(@org.eclipse.e4.ui.di.UIEventTopic(ScryEvents.LIBRARY_CREATED) String name) {
        if (table == null || table.isDisposed()) {
            return;
        }
        try {
            changed(libraries.catalog().get(name));
        } catch (dev.scry.library.LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            say(sentence);
            dev.scry.ui.Failure.logged(LibraryPart.class, sentence, e);
        }
    }

    /** An empty state elsewhere asked to create a library: the keyboard goes to the name field. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void newLibraryAsked(@org.eclipse.e4.ui.di.UIEventTopic(ScryEvents.NEW_LIBRARY) Object ignored) {
        if (newName != null && !newName.isDisposed()) {
            newName.setFocus();
        }
    }

    /** Adds paths to a library and indexes them in a job; an empty list syncs the library with its folders. */
    public void index(String library, List<Path> paths) {
        index(library, paths, dev.scry.library.FolderLabels.NONE);
    }

    /** As {@link #index(String, List)}, giving the pictures under {@code paths} the tags and metadata {@code labels}. */
    void index(String library, List<Path> paths, dev.scry.library.FolderLabels labels) {
        if (table.isDisposed()) {
            return;
        }
        if (library == null) {
            say(Messages.library_noLibrary);
            return;
        }
        java.util.concurrent.atomic.AtomicReference<String> summary = new java.util.concurrent.atomic.AtomicReference<>();
        IndexingJob job = new IndexingJob(libraries, library, paths, labels, summary::set);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // a run cancelled before it started says nothing itself
                String said = summary.get() != null ? summary.get() : NLS.bind(Messages.library_runLine, library, Messages.query_cancelled);
                ui.asyncExec(() -> {
                    indexing.remove(library);
                    lastReports.put(library, job.report());
                    progress.finished(job.report(), said);
                    if (!table.isDisposed()) {
                        refresh();
                        startWatching();
                    }
                    events.post(ScryEvents.LIBRARY_CHANGED, library);
                });
            }
        });
        indexing.add(library);
        progress.started(library, job.report(), job::cancel);
        job.schedule();
        refresh();
    }

    /** Offers to encode every library's pictures with a model the user just installed. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void offerEncoding(@org.eclipse.e4.ui.di.UIEventTopic(ScryEvents.MODEL_INSTALLED) String model) {
        if (offer == null || table.isDisposed()) {
            return;
        }
        libraries.imageEncoders().stream().filter(e -> e.id().equals(model)).findFirst().ifPresent(encoder -> {
            try {
                if (!libraries.catalog().list().isEmpty()) {
                    offer.show(encoder.id(), encoder.label());
                }
            } catch (LibraryException e) {
                say(dev.scry.ui.UserWords.of(e));
            }
        });
    }

    /** Encodes the pictures of every library with an encoder, as {@link #encodeWith} does for each. */
    void encodeAllWith(String encoder) {
        try {
            for (Library library : libraries.catalog().list()) {
                encodeWith(library, encoder);
            }
        } catch (LibraryException e) {
            say(dev.scry.ui.UserWords.of(e));
        }
    }

    /**
     * Encodes a library's pictures with an encoder: a library that names its encoders gets this one
     * added, then a sync encodes the pictures that lack its vectors (the others are not read again).
     */
    void encodeWith(Library library, String encoder) {
        try {
            if (!library.encoders().isEmpty() && !library.encoders().contains(encoder)) {
                List<String> chosen = new java.util.ArrayList<>(library.encoders());
                chosen.add(encoder);
                libraries.catalog().configure(library, chosen, library.ocr(), library.watch(), library.vectors());
            }
            index(library.name(), List.of());
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            dev.scry.ui.Failure.logged(LibraryPart.class, sentence, e);
            say(sentence);
        }
    }

    /** What the commands do, on a library of this view. */
    public LibraryActions actions() {
        return actions;
    }

    /** The library selected in the table, or null. */
    public Library selectedLibraryRecord() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (Library) selection[0].getData();
    }

    void startWatching() {
        try {
            for (Library library : libraries.catalog().list()) {
                if (library.watch() != watching.isWatching(library.name())) {
                    watching.update(library);
                }
            }
        } catch (LibraryException e) {
            say(dev.scry.ui.UserWords.of(e));
        } catch (IOException e) {
            say(e.getMessage());
        }
    }

    private void acceptDroppedFolders() {
        DropTarget drop = new DropTarget(table, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files) {
                    TableItem item = event.item instanceof TableItem ti ? ti : null;
                    index(item != null ? item.getText(0) : selectedLibrary(), Arrays.stream(files).map(Path::of).toList());
                }
            }
        });
    }

    private void createLibrary() {
        String name = newName.getText().strip();
        try {
            libraries.catalog().create(name);
            newName.setText("");
            refresh();
            for (TableItem item : table.getItems()) {
                if (item.getText(0).equals(name)) {
                    table.setSelection(item);
                }
            }
            say(Messages.library_idle);
            events.post(ScryEvents.LIBRARY_CHANGED, name);
            announceSelection();
        } catch (LibraryException e) {
            say(dev.scry.ui.UserWords.of(e));
        }
    }

    /**
     * After a change to {@code library} (renamed, cleared, removed, configured): the list is read again,
     * the library stays selected under its new name (unless it is gone), and the other views hear of it,
     * so the Query and Duplicates views never offer a name that no longer exists.
     */
    void changed(Library library) {
        refresh();
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(library.name())) {
                table.setSelection(item);
            }
        }
        events.post(ScryEvents.LIBRARY_CHANGED, library.name());
        announceSelection();
    }

    private void announceSelection() {
        String selected = selectedLibrary();
        if (selected != null) {
            events.post(ScryEvents.LIBRARY_SELECTED, selected);
        }
        publishSelection();
    }

    /** The library selected (its record, as it is now), for the commands and whatever else acts on it (the e4 selection service). */
    private void publishSelection() {
        Library library = selectedLibraryRecord();
        if (selectionService != null && library != null) {
            selectionService.setSelection(library);
        }
    }

    private void chooseFolder() {
        String library = selectedLibrary();
        if (library == null) {
            say(Messages.library_noLibrary);
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(table.getShell());
        dialog.setMessage(NLS.bind(Messages.library_addFolderTitle, library));
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        String typed = Dialogs.ask(table.getShell(), Messages.library_labelsTitle, NLS.bind(Messages.library_labels, folder), "");
        if (typed == null) {
            return;
        }
        try {
            index(library, List.of(Path.of(folder)), dev.scry.library.FolderLabels.typed(typed));
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
    }

    String selectedLibrary() {
        TableItem[] selection = table == null ? new TableItem[0] : table.getSelection();
        return selection.length == 0 ? null : selection[0].getText(0);
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
