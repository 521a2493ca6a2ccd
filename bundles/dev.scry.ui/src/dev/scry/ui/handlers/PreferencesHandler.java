package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import dev.scry.library.Libraries;
import dev.scry.ui.PreferencesDialog;
import jakarta.inject.Named;

/** File > Preferences (Ctrl+,). */
public class PreferencesHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell, Libraries libraries,
            @org.eclipse.e4.core.di.annotations.Optional org.eclipse.e4.ui.css.swt.theme.IThemeEngine themes) {
        new PreferencesDialog(shell, libraries.catalog().home(), themes).open();
    }
}
