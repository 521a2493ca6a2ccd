package dev.scry.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.scry.ui.ScryEvents;
import jakarta.inject.Named;

/** Search > Search with Picture File (Ctrl+O): choose a picture and search with it. */
public class OpenPictureHandler {
    @Execute
    public void execute(@Named("activeShell") Shell shell, IEventBroker events, EPartService parts) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp;*.webp;*.tif;*.tiff", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            parts.showPart(FindHandler.QUERY_PART, EPartService.PartState.VISIBLE);
            events.post(ScryEvents.SEARCH_PICTURE, Path.of(chosen));
        }
    }
}
