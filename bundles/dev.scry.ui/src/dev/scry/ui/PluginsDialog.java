package dev.scry.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.scry.plugins.Plugin;
import dev.scry.plugins.PluginException;
import dev.scry.plugins.PluginInstaller;
import dev.scry.ui.jobs.PluginJob;

/**
 * Help > Install Plugins…: a p2 repository (an address, a folder or a zip, with Browse), the features it
 * offers, and Install for the one chosen; below, the plugins installed, with Remove. Every operation is
 * a {@link PluginJob} on the {@link PluginInstaller} service {@code scry plugins} uses, shown by the
 * dialog's progress bar with Cancel. A plugin refused as unsigned or of an unknown signer is installed
 * only if the user says so ({@link TrustQuestion}). After an install or a removal the dialog asks
 * "Restart now?"; {@link #restartChosen()} says the answer, for the caller to restart the workbench.
 */
public final class PluginsDialog extends Dialog {
    private final PluginInstaller installer;
    private Text repository;
    private Table features;
    private Button look;
    private Button install;
    private Label status;
    private ProgressBar bar;
    private Button cancel;
    private Table installed;
    private Button remove;
    private PluginJob<?> running;
    private boolean restart;

    public PluginsDialog(Shell parent, PluginInstaller installer) {
        super(parent);
        this.installer = installer;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Whether the user answered "Restart now" after a change (the caller restarts once the dialog is closed). */
    public boolean restartChosen() {
        return restart;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.plugins_title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.dialog_close, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
    }

    @Override
    public boolean close() {
        if (running != null) {
            running.cancel(); // p2 stops at its next step and rolls back
        }
        return super.close();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(5, false));
        new Label(area, SWT.NONE).setText(Messages.plugins_repository);
        repository = new Text(area, SWT.BORDER | SWT.SINGLE);
        repository.setMessage(Messages.plugins_repositoryHint);
        repository.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        repository.addListener(SWT.DefaultSelection, e -> look());
        repository.addListener(SWT.Modify, e -> enable());
        button(area, Messages.plugins_browseFolder, this::browseFolder);
        button(area, Messages.plugins_browseZip, this::browseZip);
        look = button(area, Messages.plugins_look, this::look);

        features = table(area, Messages.plugins_columnName, Messages.plugins_columnId, Messages.plugins_columnVersion, Messages.plugins_columnProvider);
        features.addListener(SWT.Selection, e -> enable());
        install = button(area, Messages.plugins_install, this::install);
        install.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 5, 1));

        status = new Label(area, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        bar = new ProgressBar(area, SWT.HORIZONTAL);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        cancel = button(area, Messages.dialog_cancel, () -> {
            if (running != null) {
                running.cancel();
            }
        });

        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.plugins_installed);
        title.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 5, 1));
        installed = table(area, Messages.plugins_columnName, Messages.plugins_columnId, Messages.plugins_columnVersion, Messages.plugins_columnFrom);
        installed.addListener(SWT.Selection, e -> enable());
        remove = button(area, Messages.plugins_remove, this::remove);
        remove.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 5, 1));
        listInstalled();
        enable();
        return area;
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
        data.widthHint = 760;
        data.heightHint = table.getItemHeight() * 4;
        table.setLayoutData(data);
        for (String name : columns) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(name);
            column.setWidth(name.equals(columns[0]) ? 300 : 150);
        }
        return table;
    }

    private void enable() {
        boolean idle = running == null;
        look.setEnabled(idle && !repository.getText().isBlank());
        install.setEnabled(idle && features.getSelectionCount() == 1);
        remove.setEnabled(idle && installed.getSelectionCount() == 1);
        cancel.setEnabled(!idle);
        bar.setVisible(!idle);
    }

    private void browseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText(Messages.plugins_browseFolder);
        Optional.ofNullable(dialog.open()).ifPresent(this::chosen);
    }

    private void browseZip() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.zip", "*" });
        Optional.ofNullable(dialog.open()).ifPresent(this::chosen);
    }

    private void chosen(String path) {
        repository.setText(path);
        look();
    }

    /** Reads the repository's features into the table. */
    private void look() {
        String given = repository.getText().strip();
        if (given.isEmpty() || running != null) {
            return;
        }
        features.removeAll();
        run(NLS.bind(Messages.plugins_reading, given), m -> installer.available(given, Path.of(""), m), (found, failure) -> {
            if (failure != null) {
                show(failure.getMessage(), true);
                return;
            }
            for (Plugin plugin : found) {
                row(features, plugin, plugin.provider()).setData(plugin);
            }
            show(NLS.bind(Messages.plugins_found, found.size(), given), false);
        });
    }

    private void install() {
        if (features.getSelectionCount() != 1) {
            return;
        }
        install((Plugin) features.getSelection()[0].getData(), repository.getText().strip(), PluginInstaller.Trust.SIGNED_ONLY);
    }

    private void install(Plugin plugin, String given, PluginInstaller.Trust trust) {
        run(NLS.bind(Messages.plugins_installing, plugin.name()),
                m -> installer.install(given, Path.of(""), Optional.of(plugin.id()), trust, m), (done, failure) -> {
                    if (failure == null) {
                        changed(NLS.bind(Messages.plugins_installedOne, plugin.describe()));
                    } else if (failure.refusal().isPresent() && trust == PluginInstaller.Trust.SIGNED_ONLY) {
                        PluginException.Refusal refusal = failure.refusal().get();
                        if (TrustQuestion.ask(getShell(), plugin, refusal)) {
                            Set<String> signers = refusal.signers().stream().map(PluginException.Signer::fingerprint)
                                    .filter(f -> !f.isEmpty()).collect(Collectors.toSet());
                            install(plugin, given, new PluginInstaller.Trust(!refusal.unsignedJars().isEmpty(), signers));
                        } else {
                            show(NLS.bind(Messages.plugins_notInstalled, plugin.describe()), false);
                        }
                    } else {
                        show(failure.getMessage(), true);
                    }
                });
    }

    private void remove() {
        if (installed.getSelectionCount() != 1) {
            return;
        }
        Plugin plugin = (Plugin) installed.getSelection()[0].getData();
        if (!Dialogs.confirm(getShell(), Messages.plugins_title, NLS.bind(Messages.plugins_removeConfirm, plugin.describe()))) {
            return;
        }
        run(NLS.bind(Messages.plugins_removing, plugin.name()), m -> installer.remove(plugin.id(), m), (done, failure) -> {
            if (failure == null) {
                changed(NLS.bind(Messages.plugins_removed, plugin.describe()));
            } else {
                show(failure.getMessage(), true);
            }
        });
    }

    /** After an install or removal: the list again, and the restart question. */
    private void changed(String sentence) {
        show(sentence, false);
        listInstalled();
        if (new MessageDialog(getShell(), Messages.plugins_title, null, sentence + "\n\n" + Messages.plugins_restartAsk,
                MessageDialog.QUESTION, 0, Messages.plugins_restartNow, Messages.plugins_restartLater).open() == 0) {
            restart = true;
            close();
        }
    }

    private void listInstalled() {
        installed.removeAll();
        try {
            List<Plugin> plugins = installer.list();
            for (Plugin plugin : plugins) {
                row(installed, plugin, plugin.repository().toString()).setData(plugin);
            }
            if (plugins.isEmpty()) {
                new TableItem(installed, SWT.NONE).setText(Messages.plugins_none);
            }
        } catch (PluginException e) {
            new TableItem(installed, SWT.NONE).setText(e.getMessage());
        }
    }

    private static TableItem row(Table table, Plugin plugin, String last) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { plugin.name(), plugin.id(), plugin.version(), last });
        return item;
    }

    private void show(String sentence, boolean failure) {
        status.setText(sentence);
        status.setForeground(failure ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        status.getParent().layout(true, true);
    }

    /** Runs {@code operation} as a job; {@code finished} runs in the UI thread if the dialog is still open. */
    private <T> void run(String name, PluginJob.Operation<T> operation, java.util.function.BiConsumer<T, PluginException> finished) {
        show(name, false);
        bar.setSelection(0);
        PluginJob<T> job = new PluginJob<>(name, operation, (done, task) -> ui(() -> {
            bar.setSelection((int) Math.round(done * 1000));
            status.setText(task.isEmpty() ? name : task);
        }), (result, failure) -> ui(() -> {
            running = null;
            enable();
            finished.accept(result, failure);
        }));
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL) {
                    ui(() -> {
                        running = null;
                        enable();
                        show(NLS.bind(Messages.plugins_cancelled, name), false);
                    });
                }
            }
        });
        running = job;
        enable();
        job.schedule();
    }

    private void ui(Runnable action) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    action.run();
                }
            });
        }
    }
}
