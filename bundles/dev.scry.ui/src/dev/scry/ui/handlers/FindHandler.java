package dev.scry.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import dev.scry.ui.parts.QueryPart;

/** Search > Find (Ctrl+F): the Query view's text field, ready for typing. */
public class FindHandler {
    static final String QUERY_PART = "dev.scry.ui.part.query";

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(QUERY_PART, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof QueryPart query) {
            query.focusText();
        }
    }
}
