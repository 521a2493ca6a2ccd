package dev.scry.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import dev.scry.ui.Dialogs;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import dev.scry.index.ImageRecord;
import dev.scry.library.Duplicates;
import dev.scry.library.Libraries;
import dev.scry.library.LibraryException;
import dev.scry.library.Trash;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Duplicates view: groups of copies in the library chosen in the Library view, each file with its
 * similarity, size and date and a check box; checked files go to the desktop's trash (restorable)
 * after a confirmation, and the library is synced afterwards.
 */
public class DuplicatesPart {
    private static final int PROGRESS_MILLIS = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Inject
    Libraries libraries;
    @Inject
    UISynchronize ui;
    @Inject
    IEventBroker events;
    @Inject
    @Optional
    org.eclipse.e4.ui.workbench.modeling.ESelectionService selectionService;
    @Inject
    @Optional
    org.eclipse.e4.ui.services.EMenuService menus;
    @Inject
    @Optional
    org.eclipse.e4.core.contexts.IEclipseContext partContext;

    /** The application model's context menu of the view (fragment.e4xmi), its entries the commands of DuplicatesCommand. */
    public static final String POPUP_MENU = "dev.scry.ui.popup.duplicates";

    private DuplicateActions actions;
    private String library;
    private Tree tree;
    private Spinner minimum;
    private Label status;
    private dev.scry.ui.widgets.ThumbnailGrid thumbnails;
    private org.eclipse.swt.widgets.Combo keep;
    private org.eclipse.swt.widgets.ProgressBar working;
    /** The folder whose file is kept with {@link dev.scry.ui.KeepRule#IN_FOLDER}. */
    private Path keptFolder;
    private double shownMinimum;
    /** The library whose groups are shown. */
    private String shownLibrary;
    /** Size, date, dimensions and format: highlighted where a group's files differ. */
    private final KeepChecks checks = new KeepChecks(2, 3, 4, 5);

    /** The groups take the keyboard when the view is activated (View > Duplicates, Alt+5). */
    @Focus
    public void setFocus() {
        tree.setFocus();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(7, false));
        Button find = new Button(parent, SWT.PUSH);
        find.setText(Messages.dupes_find);
        find.setData(LibraryPart.ID, "findDuplicates");
        find.addListener(SWT.Selection, e -> find());
        new Label(parent, SWT.NONE).setText(Messages.dupes_minimum);
        minimum = new Spinner(parent, SWT.BORDER);
        minimum.setValues((int) Duplicates.DEFAULT_MINIMUM, 50, 100, 0, 1, 5);
        new Label(parent, SWT.NONE).setText(Messages.dupes_keep);
        keep = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
        keep.setData(LibraryPart.ID, "keep");
        for (dev.scry.ui.KeepRule rule : dev.scry.ui.KeepRule.values()) {
            keep.add(rule.label());
        }
        keep.select(0);
        keep.addListener(SWT.Selection, e -> keepChanged());
        Button trash = new Button(parent, SWT.PUSH);
        trash.setText(Messages.dupes_trash);
        trash.setData(LibraryPart.ID, "trash");
        trash.addListener(SWT.Selection, e -> trashChecked());
        working = new org.eclipse.swt.widgets.ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        working.setMaximum(1000);
        working.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        working.setData(LibraryPart.ID, "dupesProgress");
        working.setVisible(false);
        status = new Label(parent, SWT.WRAP);
        status.setData(LibraryPart.ID, "dupesStatus");
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1); // a line of its own
        statusData.widthHint = 400;
        status.setLayoutData(statusData);
        status.setText(Messages.dupes_hint);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        tree = new Tree(sash, SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER);
        tree.setHeaderVisible(true);
        tree.setData(LibraryPart.ID, "duplicates");
        column(Messages.dupes_columnPicture, 280);
        column(Messages.dupes_columnSimilarity, 90);
        column(Messages.dupes_columnSize, 100);
        column(Messages.dupes_columnDate, 140);
        column(Messages.dupes_columnDimensions, 110);
        column(Messages.dupes_columnFormat, 70);
        tree.addListener(SWT.Selection, e -> {
            if (e.item instanceof TreeItem item) {
                showGroup(item.getParentItem() == null ? item : item.getParentItem());
                publishSelection(item);
            }
        });
        actions = new DuplicateActions(this, tree);
        if (partContext != null) {
            partContext.set(DuplicatesPart.class, this); // for the commands (dev.scry.ui.handlers.DuplicatesCommand)
        }
        if (menus == null || !menus.registerContextMenu(tree, POPUP_MENU)) {
            plainMenu(); // made alone, outside a workbench: no application model to take the menu from
        }
        thumbnails = new dev.scry.ui.widgets.ThumbnailGrid(sash, SWT.NONE);
        thumbnails.setData(LibraryPart.ID, "groupThumbnails");
        thumbnails.setCache(new dev.scry.ui.widgets.ThumbnailCache(libraries.catalog().home().folder().resolve(dev.scry.ui.widgets.ThumbnailGrid.CACHE_FOLDER),
                (long) libraries.settings().thumbnailCacheMb() << 20));
        thumbnails.setThumbnailSize(224); // side by side at a size that shows the differences
        thumbnails.setOpenListener(item -> org.eclipse.swt.program.Program.launch(item.path().toString()));
        sash.setWeights(55, 45);
    }

    /** The context menu without the application model: the same entries, calling the actions directly. */
    private void plainMenu() {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(tree);
        item(menu, Messages.results_open, actions::open);
        item(menu, Messages.results_reveal, actions::reveal);
        item(menu, Messages.results_copyPath, actions::copyPath);
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.dupes_keepThis, actions::keep);
        item(menu, Messages.dupes_trash, actions::trashChecked);
        tree.setMenu(menu);
    }

    private static void item(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
        org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    /** What the commands do, on this view's selected file and checked files. */
    public DuplicateActions actions() {
        return actions;
    }

    /** The file selected, for the Details view and whatever else acts on it (through the e4 selection service). */
    private void publishSelection(TreeItem item) {
        if (selectionService != null && item.getData() instanceof Path path) {
            double similarity;
            try {
                similarity = Double.parseDouble(item.getText(1).replace("%", ""));
            } catch (NumberFormatException e) {
                similarity = 0;
            }
            selectionService.setSelection(new dev.scry.ui.SelectedPicture(path, shownLibrary, similarity));
        }
    }

    /** Looks at the library the user selects in the Library view. */
    @Inject
    @Optional
    public void selectLibrary(@UIEventTopic(ScryEvents.LIBRARY_SELECTED) String selected) {
        library = selected;
    }

    /**
     * Finds the groups in the background and shows them; a failure is shown as a sentence in the
     * status line (never "Looking for duplicates…" forever), logged, and is the job's error status.
     */
    public Job find() {
        String name = library != null ? library : firstLibrary();
        if (name == null) {
            return null;
        }
        double min = minimum.getSelection();
        status.setText(Messages.dupes_searching);
        dev.scry.ui.jobs.DuplicatesJob job = new dev.scry.ui.jobs.DuplicatesJob(libraries, name, min, groups -> ui.asyncExec(() -> {
            shownMinimum = min;
            show(name, groups);
        }), failure -> failed(failure.sentence(), failure.cause(), failure.dialog()));
        working.setSelection(0);
        working.setVisible(true);
        job.schedule();
        followProgress(job);
        return job;
    }

    /** The view's bar follows the job's share of pictures looked at, until it ends. */
    private void followProgress(dev.scry.ui.jobs.DuplicatesJob job) {
        if (working.isDisposed() || job.getState() == Job.NONE && job.getResult() != null) {
            return;
        }
        working.setSelection((int) (working.getMaximum() * job.fraction()));
        working.getDisplay().timerExec(PROGRESS_MILLIS, () -> followProgress(job));
    }

    /** Says what failed in the status line and, for a failure on disk or an unexpected one, in the status dialog; logs it. */
    private IStatus failed(String sentence, Exception cause, boolean dialog) {
        IStatus status = dev.scry.ui.Failure.logged(DuplicatesPart.class, sentence, cause);
        ui.asyncExec(() -> {
            say(sentence);
            if (dialog && !tree.isDisposed()) {
                dev.scry.ui.FailureDialog.open(tree.getShell(), Messages.dupes_find, status);
            }
        });
        return status;
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            working.setVisible(false);
            status.setText(text);
        }
    }

    private void show(String name, List<Duplicates.Group> groups) {
        if (tree.isDisposed()) {
            return;
        }
        working.setVisible(false);
        shownLibrary = name;
        tree.removeAll();
        checks.clear();
        int number = 0;
        for (Duplicates.Group group : groups) {
            number++;
            int files = group.members().stream().mapToInt(m -> m.record().locations().size()).sum();
            TreeItem parent = new TreeItem(tree, SWT.NONE);
            parent.setText(NLS.bind(Messages.dupes_group, new Object[] { number, kind(group.kind()), files }));
            for (Duplicates.Member member : group.members()) {
                for (ImageRecord.Location location : member.record().locations()) {
                    TreeItem child = new TreeItem(parent, SWT.NONE);
                    child.setData(location.path());
                    ImageRecord record = member.record();
                    child.setText(new String[] { location.path().toString(), String.format(Locale.ROOT, "%.1f%%", member.similarity()),
                            String.format(Locale.ROOT, "%,d", record.size()),
                            DATE.format(Instant.ofEpochMilli(location.modified()).atZone(ZoneId.systemDefault())),
                            String.format(Locale.ROOT, "%d \u00d7 %d", record.width(), record.height()),
                            record.format().id().toUpperCase(Locale.ROOT) });
                    long time = record.taken().map(Instant::toEpochMilli).orElse(location.modified());
                    checks.add(new dev.scry.ui.KeepRule.Candidate(location.path(), (long) record.width() * record.height(), record.size(), time));
                }
            }
            parent.setExpanded(true);
        }
        checks.apply(tree, rule(), keptFolder);
        if (tree.getItemCount() > 0) {
            tree.setSelection(tree.getItem(0));
            showGroup(tree.getItem(0));
            status.setText(NLS.bind(groups.size() == 1 ? Messages.dupes_foundOne : Messages.dupes_found, groups.size(), name));
        } else {
            thumbnails.setItems(List.of());
            status.setText(NLS.bind(Messages.dupes_none, name, String.format(Locale.ROOT, "%.0f", shownMinimum)));
        }
    }

    private dev.scry.ui.KeepRule rule() {
        return dev.scry.ui.KeepRule.values()[Math.max(0, keep.getSelectionIndex())];
    }

    /** Another rule chosen: the checks follow it (the one in a folder asks for the folder first). */
    private void keepChanged() {
        if (rule() == dev.scry.ui.KeepRule.IN_FOLDER) {
            org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(tree.getShell());
            dialog.setMessage(Messages.dupes_keepInFolder);
            String folder = dialog.open();
            if (folder == null) {
                keep.select(0);
            } else {
                keptFolder = Path.of(folder);
            }
        }
        checks.apply(tree, rule(), keptFolder);
    }

    /** Keeps, in every group, the file {@code rule} chooses and checks the others (for tests: no folder dialog). */
    void keep(dev.scry.ui.KeepRule rule, Path folder) {
        keep.select(rule.ordinal());
        keptFolder = folder;
        checks.apply(tree, rule, folder);
    }

    /** The files whose boxes are checked. */
    List<Path> checked() {
        List<Path> paths = new ArrayList<>();
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getChecked() && item.getData() instanceof Path path) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    void trashChecked() {
        List<Path> paths = checked();
        if (paths.isEmpty() || !Dialogs.confirm(tree.getShell(), Messages.dupes_trash,
                NLS.bind(Messages.dupes_trashConfirm, paths.size()))) {
            return;
        }
        trash(paths, Trash.ofUser());
    }

    /** Moves the files to {@code trash}, then syncs the library and looks again. */
    void trash(List<Path> paths, Trash trash) {
        int moved = 0;
        List<org.eclipse.core.runtime.IStatus> problems = new java.util.ArrayList<>();
        for (Path path : paths) {
            try {
                trash.moveToTrash(path);
                moved++;
            } catch (IOException e) {
                String sentence = NLS.bind(Messages.dupes_notTrashed, path, dev.scry.ui.UserWords.of(e));
                problems.add(dev.scry.ui.Failure.logged(DuplicatesPart.class, sentence, e));
            }
        }
        status.setText(NLS.bind(Messages.dupes_trashed, moved));
        if (!problems.isEmpty()) {
            dev.scry.ui.FailureDialog.open(tree.getShell(), Messages.dupes_trash, problems.size() == 1 ? problems.get(0)
                    : new org.eclipse.core.runtime.MultiStatus("dev.scry.ui", 0, problems.toArray(org.eclipse.core.runtime.IStatus[]::new),
                            NLS.bind(Messages.dupes_notTrashedCount, problems.size()), null));
        }
        String name = library != null ? library : firstLibrary();
        if (name != null) {
            dev.scry.ui.jobs.IndexingJob sync = new dev.scry.ui.jobs.IndexingJob(libraries, name, List.of(), text -> { });
            sync.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                @Override
                public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                    ui.asyncExec(() -> {
                        events.post(ScryEvents.LIBRARY_CHANGED, name);
                        if (!tree.isDisposed()) {
                            find();
                        }
                    });
                }
            });
            sync.schedule();
        }
    }

    private static String kind(Duplicates.Kind kind) {
        return switch (kind) {
            case EXACT -> Messages.dupes_kindExact;
            case NEAR_DUPLICATE -> Messages.dupes_kindNear;
            case SIMILAR -> Messages.dupes_kindSimilar;
        };
    }

    /** Shows the pictures of a group side by side, with their similarity and size. */
    private void showGroup(TreeItem group) {
        List<dev.scry.ui.widgets.ThumbnailGrid.Item> items = new ArrayList<>();
        for (TreeItem file : group.getItems()) {
            if (file.getData() instanceof Path path) {
                items.add(new dev.scry.ui.widgets.ThumbnailGrid.Item(path, file.getText(1) + "  " + file.getText(4) + "  " + file.getText(5),
                        path + "\n" + file.getText(2) + " B \u2022 " + file.getText(3)));
            }
        }
        thumbnails.setItems(items);
    }

    dev.scry.ui.widgets.ThumbnailGrid thumbnails() {
        return thumbnails;
    }

    /** The first library, or null after saying why there is none. */
    private String firstLibrary() {
        try {
            String first = libraries.catalog().list().stream().map(dev.scry.library.Library::name).findFirst().orElse(null);
            if (first == null) {
                status.setText(Messages.library_noLibrary);
            }
            return first;
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            status.setText(sentence);
            dev.scry.ui.Failure.logged(DuplicatesPart.class, sentence, e);
            return null;
        }
    }

    private void column(String text, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    Tree tree() {
        return tree;
    }
}
