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
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import dev.scry.index.SearchHit;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.SearchResults;
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

    private ThumbnailGrid grid;
    private SearchResults shown;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        grid = new ThumbnailGrid(parent, SWT.NONE);
        grid.setEmptyText(Messages.results_empty);
        grid.setData(LibraryPart.ID, "results");
        grid.setCache(new dev.scry.ui.widgets.ThumbnailCache(libraries.catalog().home().folder().resolve("thumbnails"),
                (long) libraries.settings().thumbnailCacheMb() << 20));
        grid.setOpenListener(item -> Program.launch(item.path().toString()));
        ResultActions actions = new ResultActions(grid, () -> shown, events, ui);
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
        menu.addListener(SWT.Show, e -> compare.setEnabled(shown != null && Files.isRegularFile(Path.of(shown.query()))));
        grid.setMenu(menu);
        dragOut();
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
        grid.setItems(results.hits().stream().map(ResultsPart::item).toList());
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
        return new ThumbnailGrid.Item(hit.path(), caption, tooltip);
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

    List<ThumbnailGrid.Item> items() {
        return grid.getItems();
    }
}
