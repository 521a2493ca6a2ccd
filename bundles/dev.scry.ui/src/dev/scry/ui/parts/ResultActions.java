package dev.scry.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.e4.core.services.events.IEventBroker;
import dev.scry.ui.Dialogs;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;

import dev.scry.index.SearchHit;
import dev.scry.ui.clipboard.DropEffect;
import dev.scry.ui.clipboard.PlatformTransfers;
import dev.scry.ui.Messages;
import dev.scry.ui.ResultsExport;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.SearchResults;
import dev.scry.ui.widgets.ThumbnailGrid;

/** What the Results view's commands (its context menu, their keys) do with the selected pictures or the whole list. */
public final class ResultActions {

    private final ThumbnailGrid grid;
    private final Supplier<SearchResults> results;
    private final IEventBroker events;
    private final org.eclipse.e4.ui.di.UISynchronize ui;
    private final dev.scry.export.ResultExporters exporters;

    ResultActions(ThumbnailGrid grid, Supplier<SearchResults> results, IEventBroker events, org.eclipse.e4.ui.di.UISynchronize ui,
            dev.scry.export.ResultExporters exporters) {
        this.exporters = exporters;
        this.grid = grid;
        this.results = results;
        this.events = events;
        this.ui = ui;
    }

    public void open() {
        Path selected = selected();
        if (selected != null) {
            Program.launch(selected.toString());
        }
    }

    /** Opens the picture's folder; on Windows, Explorer with the file selected (the win32 fragment). */
    public void reveal() {
        Path selected = selected();
        if (selected != null) {
            reveal(selected);
        }
    }

    /** Opens the folder of {@code selected}; on Windows, Explorer with the file selected (the win32 fragment). */
    static void reveal(Path selected) {
        try {
            Class<?> explorer = Class.forName("dev.scry.ui.win32.Explorer", true, ResultActions.class.getClassLoader());
            explorer.getMethod("reveal", Path.class).invoke(null, selected);
        } catch (ReflectiveOperationException | LinkageError e) {
            Program.launch(selected.getParent().toString());
        }
    }

    /** The selected pictures' paths, one a line. */
    public void copyPath() {
        List<String> paths = selectedPaths();
        if (!paths.isEmpty()) {
            put(new Object[] { String.join(System.lineSeparator(), paths) }, new Transfer[] { TextTransfer.getInstance() });
        }
    }

    /** The selected files themselves, for pasting into a file manager (on Windows marked as a copy for Explorer). */
    public void copyFile() {
        List<String> paths = selectedPaths();
        if (paths.isEmpty()) {
            return;
        }
        List<Object> data = new ArrayList<>(List.of((Object) paths.toArray(String[]::new)));
        List<Transfer> transfers = new ArrayList<>(List.of((Transfer) FileTransfer.getInstance()));
        for (PlatformTransfers.ClipboardExtra extra : PlatformTransfers.fileListExtras(DropEffect.COPY)) {
            data.add(extra.data());
            transfers.add(extra.transfer());
        }
        put(data.toArray(), transfers.toArray(Transfer[]::new));
    }

    private void put(Object[] data, Transfer[] transfers) {
        put(grid.getDisplay(), data, transfers);
    }

    /** Puts {@code data} on the clipboard of {@code display} in the formats {@code transfers}. */
    static void put(org.eclipse.swt.widgets.Display display, Object[] data, Transfer[] transfers) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(data, transfers);
        } finally {
            clipboard.dispose();
        }
    }

    public void searchSimilar() {
        Path selected = selected();
        if (selected != null) {
            events.post(ScryEvents.SEARCH_PICTURE, selected);
        }
    }

    /** The similarity of the selected picture to the query picture, as its hit says. */
    public void compareWithQuery() {
        SearchResults current = results.get();
        Path selected = selected();
        if (current == null || selected == null) {
            return;
        }
        double similarity = current.hits().stream().filter(h -> h.path().equals(selected)).mapToDouble(SearchHit::similarity)
                .findFirst().orElse(0);
        Dialogs.inform(grid.getShell(), Messages.results_compareTitle, NLS.bind(Messages.results_compareText,
                new Object[] { Path.of(current.query()).getFileName(), selected.getFileName(),
                        String.format(Locale.ROOT, "%.1f%%", similarity) }));
    }

    public void exportList() {
        java.util.List<String> extensions = new java.util.ArrayList<>();
        exporters.all().stream().filter(e -> !e.id().equals(ResultsExport.SHEET)).forEach(e -> extensions.add("*." + e.fileExtension()));
        save(extensions.toArray(String[]::new), "results.csv", this::saveList);
    }

    public void exportContactSheet() {
        save(new String[] { "*.png" }, "contact-sheet.png", this::saveContactSheet);
    }

    /** Writes the list to {@code file} in a job, with the exporter its name's extension names (CSV, JSON lines, a plugin's). */
    org.eclipse.core.runtime.jobs.Job saveList(Path file) {
        SearchResults shown = results.get();
        return saveInBackground(file, to -> ResultsExport.writeList(exporters, shown, to));
    }

    /** Writes a contact sheet of the top pictures to {@code file} in a job: decoding them stays off the UI thread. */
    org.eclipse.core.runtime.jobs.Job saveContactSheet(Path file) {
        SearchResults shown = results.get();
        return saveInBackground(file, to -> ResultsExport.writeContactSheet(exporters, shown, to));
    }

    private org.eclipse.core.runtime.jobs.Job saveInBackground(Path file, dev.scry.ui.jobs.ExportJob.Writer writer) {
        org.eclipse.core.runtime.jobs.Job job = new dev.scry.ui.jobs.ExportJob(file, writer, failure -> ui.asyncExec(() -> {
            if (!grid.isDisposed()) {
                dev.scry.ui.FailureDialog.open(grid.getShell(), Messages.results_export, failure);
            }
        }));
        job.schedule();
        return job;
    }

    private void save(String[] extensions, String suggested, java.util.function.Function<Path, ?> saver) {
        if (results.get() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(grid.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(suggested);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saver.apply(Path.of(chosen));
        }
    }

    private List<String> selectedPaths() {
        return grid.getSelectedItems().stream().map(item -> item.path().toString()).toList();
    }

    private Path selected() {
        ThumbnailGrid.Item item = grid.getSelection();
        return item == null ? null : item.path();
    }
}
