package dev.scry.ui.parts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.scry.encoder.clip.ClipEncoders;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelException;
import dev.scry.encoder.clip.ModelInstaller;
import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.jobs.InstallJob;
import dev.scry.ui.jobs.VerifyJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Models view: the CLIP-family models Scry knows and the ones installed, with their state and
 * size; Install (a job with the bytes, the rate, the time left and Cancel; a cancelled install resumes
 * next time), Verify (each file in words) and Remove (asked first). An installed model's encoders are
 * registered at once, so the Query view can search with it and the Libraries view offers to encode
 * pictures with it.
 */
public class ModelsPart {
    private static final int REFRESH_MILLIS = 300;

    /** The encoders of the installed models; absent only for the moment the workbench starts. */
    @Inject
    @Optional
    ClipEncoders encoders;
    /** The models folder and the models Scry knows; the Scry home's and the shipped ones unless the context gives others. */
    @Inject
    @Optional
    ModelCatalog catalog;
    /** The libraries, whose settings stop naming a model when it is removed. */
    @Inject
    @Optional
    dev.scry.library.Libraries libraries;
    @Inject
    UISynchronize ui;
    @Inject
    IEventBroker events;

    private Table table;
    private Composite rows;
    private Label status;
    /** The installs under way, by model id. */
    private final Map<String, InstallRow> installing = new LinkedHashMap<>();
    /** What the last Verify found wrong, by model id. */
    private final Map<String, String> damage = new HashMap<>();
    private final Runnable tick = this::tick;

    /** An install's row below the table: what it does, a bar and its Cancel. */
    private final class InstallRow {
        final InstallJob job;
        final Label line;
        final ProgressBar bar;
        final Button cancel;

        InstallRow(InstallJob job) {
            this.job = job;
            String id = job.descriptor().id();
            line = new Label(rows, SWT.NONE);
            line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            line.setData(LibraryPart.ID, "install:" + id);
            bar = new ProgressBar(rows, SWT.HORIZONTAL | SWT.SMOOTH);
            bar.setMaximum(1000);
            GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
            barData.widthHint = 160;
            bar.setLayoutData(barData);
            bar.setData(LibraryPart.ID, "installBar:" + id);
            cancel = new Button(rows, SWT.PUSH);
            cancel.setText(Messages.library_cancel);
            cancel.setToolTipText(NLS.bind(Messages.models_cancelTip, job.descriptor().label()));
            cancel.setData(LibraryPart.ID, "installCancel:" + id);
            cancel.addListener(SWT.Selection, e -> {
                cancel.setEnabled(false); // once is enough; the row goes when the download has stopped
                job.cancel();
            });
            show();
        }

        String progress() {
            return InstallJob.describe(job.state());
        }

        void show() {
            line.setText(job.descriptor().label() + ": " + progress());
            bar.setSelection(job.state() == null ? 0 : (int) (1000 * job.state().fraction()));
        }

        void dispose() {
            line.dispose();
            bar.dispose();
            cancel.dispose();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        if (catalog == null) {
            java.nio.file.Path folder = encoders == null ? null : encoders.modelsFolder();
            catalog = new ModelCatalog(folder != null ? folder : dev.scry.library.ScryHome.resolve(null).models());
        }
        parent.setLayout(new GridLayout(4, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setData(LibraryPart.ID, "models");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        column(Messages.models_columnModel, 300);
        column(Messages.models_columnId, 190);
        column(Messages.models_columnState, 260);
        column(Messages.models_columnSize, 130);
        button(parent, Messages.models_install, this::install).setData(LibraryPart.ID, "install");
        button(parent, Messages.models_verify, this::verify).setData(LibraryPart.ID, "verify");
        button(parent, Messages.models_remove, this::remove).setData(LibraryPart.ID, "remove");
        Button rescan = button(parent, Messages.models_rescan, this::rescan);
        rescan.setData(LibraryPart.ID, "rescan");
        rescan.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));

        rows = new Composite(parent, SWT.NONE);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        rows.setLayout(rowLayout);
        status = new Label(parent, SWT.WRAP);
        status.setData(LibraryPart.ID, "modelsStatus");
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        statusData.widthHint = 300;
        status.setLayoutData(statusData);
        status.setText(NLS.bind(Messages.models_folder, catalog.folder()));
        hideRowsIfNone();
        refresh();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        installing.values().forEach(row -> row.job.cancel());
    }

    /** Reloads the rows from the models folder, keeping the selection. */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        String selected = selectedRow() == null ? null : selectedRow().id();
        table.removeAll();
        for (ModelRow row : ModelRow.of(catalog, damage)) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(row);
            item.setText(new String[] { row.label(), row.id(), stateText(row), row.sizeText() });
            if (row.id().equals(selected)) {
                table.setSelection(item);
            }
        }
        if (table.getSelectionCount() == 0 && table.getItemCount() > 0) {
            table.setSelection(0);
        }
    }

    private String stateText(ModelRow row) {
        InstallRow install = installing.get(row.id());
        return install != null ? NLS.bind(Messages.models_stateInstalling, install.progress()) : row.stateText();
    }

    private ModelRow selectedRow() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (ModelRow) selection[0].getData();
    }

    private void install() {
        ModelRow row = selectedRow();
        if (row == null) {
            say(Messages.models_noSelection);
            return;
        }
        if (installing.containsKey(row.id())) {
            say(NLS.bind(Messages.models_installing, row.label()));
            return;
        }
        switch (row.state()) {
            case EXPORT_FIRST -> say(NLS.bind(Messages.models_exportFirst, row.label(), row.id()));
            case INSTALLED, DAMAGED -> say(NLS.bind(Messages.models_alreadyInstalled, row.label()));
            case NOT_INSTALLED -> start(row);
        }
    }

    private void start(ModelRow row) {
        String id = row.id();
        InstallJob job = new InstallJob(catalog, row.descriptor(), outcome -> ui.asyncExec(() -> finished(id, outcome)));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui.asyncExec(() -> {
                    InstallRow gone = installing.remove(id); // also when the job ended before it ran
                    if (gone != null && !rows.isDisposed()) {
                        gone.dispose();
                        hideRowsIfNone();
                        refresh();
                    }
                });
            }
        });
        installing.put(id, new InstallRow(job));
        hideRowsIfNone();
        say(NLS.bind(Messages.models_installing, row.label()));
        job.schedule();
        refresh();
        table.getDisplay().timerExec(REFRESH_MILLIS, tick);
    }

    private void finished(String id, InstallJob.Outcome outcome) {
        if (outcome.installed()) {
            damage.remove(id);
            encodersChanged(id);
            events.post(ScryEvents.MODEL_INSTALLED, id);
        }
        say(outcome.sentence());
        refresh();
    }

    private void verify() {
        ModelRow row = selectedRow();
        if (row == null) {
            say(Messages.models_noSelection);
            return;
        }
        if (row.installed() == null) {
            say(NLS.bind(Messages.models_notInstalled, row.label()));
            return;
        }
        if (!row.installed().readable()) {
            say(NLS.bind(Messages.models_stateDamaged, Messages.models_unreadable));
            return;
        }
        new VerifyJob(catalog, row.installed(), row.label(), result -> ui.asyncExec(() -> {
            if (result.intact()) {
                damage.remove(row.id());
            } else if (!result.firstProblem().isEmpty()) {
                damage.put(row.id(), result.firstProblem());
            }
            say(String.join("\n", result.lines()));
            refresh();
        })).schedule();
    }

    private void remove() {
        ModelRow row = selectedRow();
        if (row == null) {
            say(Messages.models_noSelection);
            return;
        }
        if (row.installed() == null) {
            say(NLS.bind(Messages.models_notInstalled, row.label()));
            return;
        }
        if (!Dialogs.confirm(table.getShell(), Messages.models_remove,
                NLS.bind(Messages.models_removeConfirm, row.label(), row.installed().folder()))) {
            return;
        }
        try {
            new ModelInstaller(catalog).remove(row.id());
            damage.remove(row.id());
            forgetInLibraries(row.id());
            say(NLS.bind(Messages.models_removed, row.label()));
        } catch (ModelException e) {
            String sentence = NLS.bind(Messages.models_removeFailed, row.label(), e.getMessage());
            dev.scry.ui.Failure.logged(ModelsPart.class, sentence, e);
            say(sentence);
        }
        encodersChanged(row.id());
        refresh();
    }

    /**
     * Takes a removed model out of the encoders the libraries name, so that their next sync does not
     * fail on it; the vectors they hold of it stay in their indexes.
     */
    private void forgetInLibraries(String id) {
        if (libraries == null) {
            return;
        }
        try {
            for (dev.scry.library.Library library : libraries.catalog().list()) {
                if (library.encoders().contains(id)) {
                    List<String> rest = new java.util.ArrayList<>(library.encoders());
                    rest.remove(id);
                    if (rest.isEmpty()) { // an empty list would mean every installed encoder
                        rest.add(dev.scry.encoder.EncoderRegistry.FINGERPRINT);
                    }
                    libraries.catalog().configure(library, rest, library.ocr(), library.watch(), library.vectors());
                }
            }
        } catch (dev.scry.library.LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            dev.scry.ui.Failure.logged(ModelsPart.class, sentence, e);
            say(sentence);
        }
    }

    /** Looks at the models folder again: a model installed or removed outside the workbench (the command line) is picked up. */
    private void rescan() {
        encodersChanged(null);
        refresh();
    }

    /** Brings the registered encoders in step with the models folder and tells the views. */
    private void encodersChanged(String id) {
        List<String> added = encoders == null ? List.of() : encoders.rescan();
        events.post(ScryEvents.ENCODERS_CHANGED, id != null ? id : String.join(",", added));
    }

    private void tick() {
        if (table.isDisposed() || installing.isEmpty()) {
            return;
        }
        installing.values().forEach(InstallRow::show);
        for (TableItem item : table.getItems()) {
            ModelRow row = (ModelRow) item.getData();
            item.setText(2, stateText(row));
        }
        table.getDisplay().timerExec(REFRESH_MILLIS, tick);
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true, true);
        }
    }

    private void hideRowsIfNone() {
        boolean none = installing.isEmpty();
        rows.setVisible(!none);
        ((GridData) rows.getLayoutData()).exclude = none;
        rows.getParent().layout(true, true);
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
