package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;
import jakarta.inject.Named;

/** Help > About Scry: the version, and the licences of what Scry is built with. */
public class AboutHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        Dialogs.inform(shell, Messages.about_title, text());
    }

    /** The dialog's text: the version of the installed workbench and the licences. */
    static String text() {
        org.osgi.framework.Version version = FrameworkUtil.getBundle(AboutHandler.class).getVersion();
        String shown = version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
                + (version.getQualifier().isEmpty() ? "" : " (" + version.getQualifier() + ")");
        return NLS.bind(Messages.about_text, shown);
    }
}
