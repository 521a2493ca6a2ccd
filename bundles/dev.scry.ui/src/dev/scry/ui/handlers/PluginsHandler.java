package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

import dev.scry.plugins.PluginInstaller;
import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;
import dev.scry.ui.PluginsDialog;
import jakarta.inject.Named;

/**
 * Help > Install Plugins…: the {@link PluginsDialog} on the same {@link PluginInstaller} service as
 * {@code scry plugins}; when the user answers "Restart now" after an install or a removal, the
 * workbench restarts (the Eclipse way: the next start reads the changed bundle list).
 */
public class PluginsHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell, @Optional PluginInstaller installer, IWorkbench workbench) {
        if (installer == null) {
            Dialogs.error(shell, Messages.plugins_title, Messages.plugins_noInstaller);
            return;
        }
        PluginsDialog dialog = new PluginsDialog(shell, installer);
        dialog.open();
        if (dialog.restartChosen()) {
            workbench.restart();
        }
    }
}
