package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import dev.scry.service.WorkbenchService;
import dev.scry.ui.Dialogs;
import dev.scry.ui.Messages;
import jakarta.inject.Named;

/**
 * Help > About Scry: the version, the licences of what Scry is built with, and whether the window
 * serves the command line (its {@link WorkbenchService}).
 */
public class AboutHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell, @Optional WorkbenchService service) {
        Dialogs.inform(shell, Messages.about_title, text() + "\n\n" + NLS.bind(Messages.about_service,
                service == null ? Messages.about_serviceMissing : service.state()));
    }

    /** The dialog's text: the version of the installed workbench and the licences. */
    static String text() {
        org.osgi.framework.Version version = FrameworkUtil.getBundle(AboutHandler.class).getVersion();
        String shown = version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
                + (version.getQualifier().isEmpty() ? "" : " (" + version.getQualifier() + ")");
        return NLS.bind(Messages.about_text, shown);
    }
}
