package dev.scry.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * View > Libraries (Alt+1), Query (Alt+2), Results (Alt+3), Details (Alt+4), Duplicates (Alt+5) and
 * Models (Alt+6): brings the view to the front and gives it the keyboard, so every view, and the
 * context menu of what is selected in it (Shift+F10 or the Menu key), can be reached without a mouse.
 * The view is the command's parameter.
 */
public final class ShowViewHandler {
    /** The command's parameter: the element id of the part to show. */
    public static final String PART = "dev.scry.command.showView.part";

    @CanExecute
    public boolean canExecute(EPartService parts, @Optional @Named(PART) String part) {
        return part != null && parts.findPart(part) != null;
    }

    @Execute
    public void execute(EPartService parts, @Named(PART) String part) {
        parts.showPart(part, PartState.ACTIVATE);
    }
}
