package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import dev.scry.ui.parts.ResultsPart;

/** View > Larger Thumbnails (Ctrl+plus) and Smaller Thumbnails (Ctrl+minus), one class for both commands. */
public abstract class ThumbnailSizeHandler {
    static final String RESULTS_PART = "dev.scry.ui.part.results";

    private final int steps;

    ThumbnailSizeHandler(int steps) {
        this.steps = steps;
    }

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.findPart(RESULTS_PART);
        if (part != null && part.getObject() instanceof ResultsPart results) {
            results.zoom(steps);
        }
    }

    /** Ctrl+plus: a step larger. */
    public static final class Larger extends ThumbnailSizeHandler {
        public Larger() {
            super(1);
        }
    }

    /** Ctrl+minus: a step smaller. */
    public static final class Smaller extends ThumbnailSizeHandler {
        public Smaller() {
            super(-1);
        }
    }
}
