package dev.scry.ui.parts;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
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

/** The Results view: the pictures found, as a thumbnail grid with the similarity of each. */
public class ResultsPart {
    @Inject
    IEventBroker events;

    private ThumbnailGrid grid;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        grid = new ThumbnailGrid(parent, SWT.NONE);
        grid.setEmptyText(Messages.results_empty);
        grid.setData(LibraryPart.ID, "results");
        grid.setOpenListener(item -> Program.launch(item.path().toString()));
        Menu menu = new Menu(grid);
        menuItem(menu, Messages.results_open, () -> open());
        menuItem(menu, Messages.results_copyPath, () -> copyPath());
        menuItem(menu, Messages.results_searchSimilar, () -> {
            ThumbnailGrid.Item item = grid.getSelection();
            if (item != null) {
                events.post(ScryEvents.SEARCH_PICTURE, item.path());
            }
        });
        grid.setMenu(menu);
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
        grid.setItems(results.hits().stream().map(ResultsPart::item).toList());
    }

    private static ThumbnailGrid.Item item(SearchHit hit) {
        return new ThumbnailGrid.Item(hit.path(),
                String.format(Locale.ROOT, "%.1f%%  %s", hit.similarity(), hit.path().getFileName()));
    }

    private void open() {
        ThumbnailGrid.Item item = grid.getSelection();
        if (item != null) {
            Program.launch(item.path().toString());
        }
    }

    private void copyPath() {
        ThumbnailGrid.Item item = grid.getSelection();
        if (item != null) {
            Clipboard clipboard = new Clipboard(grid.getDisplay());
            try {
                clipboard.setContents(new Object[] { item.path().toString() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        }
    }

    private static void menuItem(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
