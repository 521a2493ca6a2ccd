package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import dev.scry.library.Libraries;
import dev.scry.ui.ClusterLibraryDialog;
import dev.scry.ui.ScryEvents;
import jakarta.inject.Named;

/** File > New Library on a Cluster…: the library made is listed and selected in the Libraries view. */
public class NewClusterLibraryHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell, Libraries libraries, IEventBroker events) {
        ClusterLibraryDialog dialog = new ClusterLibraryDialog(shell, libraries.catalog());
        if (dialog.open() == Window.OK) {
            dialog.created().ifPresent(library -> events.post(ScryEvents.LIBRARY_CREATED, library.name()));
        }
    }
}
