package dev.scry.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import dev.scry.index.SearchHit;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.SearchResults;
import dev.scry.ui.SelectedPicture;
import dev.scry.ui.widgets.ThumbnailGrid;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Results view: the pictures found, as a thumbnail grid with the similarity of each; open, show
 * in the file manager, copy, search similar, compare with the query, drag out to other applications,
 * export the list or a contact sheet.
 */
public class ResultsPart {
    @Inject
    IEventBroker events;
    @Inject
    dev.scry.library.Libraries libraries;
    @Inject
    org.eclipse.e4.ui.di.UISynchronize ui;
    @Inject
    dev.scry.export.ResultExporters exporters;

    @Inject
    @Optional
    org.eclipse.e4.core.commands.ECommandService commands;
    @Inject
    @Optional
    org.eclipse.e4.core.commands.EHandlerService handlers;

    @Inject
    @Optional
    org.eclipse.e4.ui.workbench.modeling.ESelectionService selectionService;

    /** The application model's context menu of the view (fragment.e4xmi), its entries the commands of ResultsCommand. */
    public static final String POPUP_MENU = "dev.scry.ui.popup.results";

    @Inject
    @Optional
    org.eclipse.e4.ui.services.EMenuService menus;
    @Inject
    @Optional
    org.eclipse.e4.core.contexts.IEclipseContext partContext;

    private ResultActions actions;
    private ThumbnailGrid grid;
    private SearchResults shown;
    private ResultsBar bar;
    private dev.scry.ui.widgets.EmptyState empty;
    private org.eclipse.swt.custom.StackLayout stack;
    /** The library the Query view searches ("" for all of them or none). */
    private String queryLibrary = "";

    @PostConstruct
    public void createControls(Composite parent) {
        org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        bar = new ResultsBar(parent, this::showSorted, this::setThumbnailSize);
        Composite pile = new Composite(parent, SWT.NONE);
        pile.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        stack = new org.eclipse.swt.custom.StackLayout();
        pile.setLayout(stack);
        parent = pile;
        empty = new dev.scry.ui.widgets.EmptyState(parent, SWT.NONE);
        empty.setData(LibraryPart.ID, "emptyResults");
        grid = new ThumbnailGrid(parent, SWT.NONE);
        grid.setEmptyText(Messages.results_noMatch);
        grid.setData(LibraryPart.ID, "results");
        grid.addListener(SWT.Modify, e -> bar.showSize(grid.getThumbnailSize()));
        grid.addListener(SWT.KeyDown, this::zoomKey);
        grid.addListener(SWT.Selection, e -> publishSelection());
        grid.setCache(new dev.scry.ui.widgets.ThumbnailCache(libraries.catalog().home().folder().resolve(ThumbnailGrid.CACHE_FOLDER),
                (long) libraries.settings().thumbnailCacheMb() << 20));
        grid.setOpenListener(item -> Program.launch(item.path().toString()));
        actions = new ResultActions(grid, () -> shown, events, ui, exporters);
        if (partContext != null) {
            partContext.set(ResultsPart.class, this); // for the commands (dev.scry.ui.handlers.ResultsCommand)
        }
        if (menus == null || !menus.registerContextMenu(grid, POPUP_MENU)) {
            plainMenu(); // made alone, outside a workbench (the views' tests): no application model to take the menu from
        }
        dragOut();
        showEmptyState();
    }

    /** The context menu without the application model: the same entries, calling the actions directly. */
    private void plainMenu() {
        Menu menu = new Menu(grid);
        item(menu, Messages.results_open, actions::open);
        item(menu, Messages.results_reveal, actions::reveal);
        item(menu, Messages.results_copyPath, actions::copyPath);
        item(menu, Messages.results_copyFile, actions::copyFile);
        item(menu, Messages.results_searchSimilar, actions::searchSimilar);
        MenuItem compare = item(menu, Messages.results_compare, actions::compareWithQuery);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.results_export, actions::exportList);
        item(menu, Messages.results_contactSheet, actions::exportContactSheet);
        menu.addListener(SWT.Show, e -> compare.setEnabled(queryIsPicture()));
        grid.setMenu(menu);
    }

    /** What the commands do, on this view's selection and list. */
    public ResultActions actions() {
        return actions;
    }

    /** Whether a picture is selected. */
    public boolean hasSelection() {
        return grid != null && !grid.isDisposed() && grid.getSelection() != null;
    }

    /** Whether a list is shown (one that may be empty). */
    public boolean hasResults() {
        return shown != null;
    }

    /** Whether the list shown was found with a picture file, so a picture of it can be compared with it. */
    public boolean queryIsPicture() {
        return shown != null && Files.isRegularFile(Path.of(shown.query()));
    }

    /** The picture selected, for the Details view and whatever else acts on it (through the e4 selection service). */
    private void publishSelection() {
        SelectedPicture picture = selected();
        if (selectionService != null && picture != null) {
            selectionService.setSelection(picture);
        }
    }

    /** The picture last clicked or moved to, or null. */
    SelectedPicture selected() {
        ThumbnailGrid.Item item = grid.getSelection();
        if (item == null || shown == null) {
            return null;
        }
        SearchHit hit = shown.hits().stream().filter(h -> h.path().equals(item.path())).findFirst().orElse(null);
        return new SelectedPicture(item.path(), "*".equals(shown.library()) ? null : shown.library(), hit == null ? 0 : hit.similarity(),
                shown.encoder(), hit == null ? -1 : hit.region());
    }

    /** Ctrl+plus and Ctrl+minus in the grid itself, for when no key binding of the workbench takes them first. */
    private void zoomKey(org.eclipse.swt.widgets.Event e) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        if (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD) {
            zoom(1);
        } else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
            zoom(-1);
        }
    }

    /** Makes the thumbnails a step larger (1) or smaller (-1), as the slider and Ctrl+plus/minus do. */
    public void zoom(int steps) {
        setThumbnailSize(grid.getThumbnailSize() + steps * ResultsBar.STEP);
    }

    private void setThumbnailSize(int side) {
        if (!grid.isDisposed()) {
            grid.setThumbnailSize(side);
        }
    }

    /** The library the Query view searches changed: the guidance shown with no results follows it. */
    @Inject
    @Optional
    public void queryLibrary(@UIEventTopic(ScryEvents.QUERY_LIBRARY) String name) {
        queryLibrary = name;
        showEmptyState();
    }

    /** A library was created, indexed, renamed or removed: its picture count may be another now. */
    @Inject
    @Optional
    public void libraryChanged(@UIEventTopic(ScryEvents.LIBRARY_CHANGED) String name) {
        showEmptyState();
    }

    /**
     * Shows the grid when there are results; otherwise what to do next, with the button that does it:
     * create a library, add a folder to the empty one, search with a picture or words, or, after a
     * search that found nothing, lower the minimum or try other words.
     */
    private void showEmptyState() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        Composite pile = grid.getParent();
        if (shown != null) {
            if (shown.hits().isEmpty()) {
                empty.show(Messages.results_noMatch, null, null);
                stack.topControl = empty;
            } else {
                stack.topControl = grid;
            }
            pile.layout(true);
            return;
        }
        NextStepChoice next = nextStep();
        switch (next) {
            case CREATE_LIBRARY -> empty.show(Messages.results_noLibrary, Messages.results_createLibrary, "library",
                    () -> events.post(ScryEvents.NEW_LIBRARY, ""));
            case ADD_FOLDER -> {
                String library = queryLibrary;
                empty.show(org.eclipse.osgi.util.NLS.bind(Messages.results_emptyLibrary, library), Messages.library_addFolder,
                        "folder-add", () -> events.post(ScryEvents.ADD_FOLDER, library));
            }
            case SEARCH -> empty.show(Messages.results_empty, canChoosePicture() ? Messages.results_choosePicture : null,
                    "picture-search", this::choosePicture);
        }
        stack.topControl = empty;
        pile.layout(true);
    }

    private enum NextStepChoice {
        CREATE_LIBRARY, ADD_FOLDER, SEARCH
    }

    private NextStepChoice nextStep() {
        try {
            List<dev.scry.library.Library> all = libraries.catalog().list();
            if (all.isEmpty()) {
                return NextStepChoice.CREATE_LIBRARY;
            }
            for (dev.scry.library.Library library : all) {
                if (library.name().equals(queryLibrary) && libraries.catalog().pictureCount(library) == 0) {
                    return NextStepChoice.ADD_FOLDER;
                }
            }
        } catch (dev.scry.library.LibraryException e) {
            dev.scry.ui.Failure.logged(ResultsPart.class, dev.scry.ui.UserWords.of(e), e);
        }
        return NextStepChoice.SEARCH;
    }

    private boolean canChoosePicture() {
        return commands != null && handlers != null;
    }

    /** Search > Search with Picture File, the command the menu and Ctrl+O run. */
    private void choosePicture() {
        handlers.executeHandler(commands.createCommand("dev.scry.command.openPicture", java.util.Map.of()));
    }

    @Focus
    public void setFocus() {
        grid.setFocus();
    }

    /** Shows new results. */
    @Inject
    @Optional
    public void show(@UIEventTopic(ScryEvents.RESULTS) SearchResults results) {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        shown = results;
        showSorted();
        showEmptyState();
    }

    /** Shows the results in the order chosen; in the search's order, strong matches above a divider. */
    private void showSorted() {
        if (shown == null || grid.isDisposed()) {
            return;
        }
        dev.scry.ui.ResultOrder order = bar.order();
        List<SearchHit> hits = order.sort(shown.hits());
        int strong = order == dev.scry.ui.ResultOrder.SIMILARITY ? dev.scry.ui.MatchStrength.of(shown).strongCount(hits) : 0;
        grid.setItems(hits.stream().map(ResultsPart::item).toList(), strong, Messages.results_weaker);
    }

    private void dragOut() {
        DragSource source = new DragSource(grid, DND.DROP_COPY | DND.DROP_LINK);
        source.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !grid.getSelectedItems().isEmpty();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = grid.getSelectedItems().stream().map(item -> item.path().toString()).toArray(String[]::new);
            }
        });
    }

    private static ThumbnailGrid.Item item(SearchHit hit) {
        String caption = String.format(Locale.ROOT, "%.1f%%  %s", hit.similarity(), hit.path().getFileName());
        String tooltip = hit.words().isEmpty() ? hit.path().toString()
                : hit.path() + "\n" + org.eclipse.osgi.util.NLS.bind(Messages.results_matched, String.join(", ", hit.words()));
        String spoken = org.eclipse.osgi.util.NLS.bind(Messages.results_cell, hit.path().getFileName(),
                String.format(Locale.ROOT, "%.1f", hit.similarity()));
        return new ThumbnailGrid.Item(hit.path(), caption, tooltip, spoken);
    }


    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** The results shown now, or null. */
    SearchResults shown() {
        return shown;
    }

    ThumbnailGrid grid() {
        return grid;
    }

    dev.scry.ui.widgets.EmptyState emptyState() {
        return empty;
    }

    List<ThumbnailGrid.Item> items() {
        return grid.getItems();
    }
}
