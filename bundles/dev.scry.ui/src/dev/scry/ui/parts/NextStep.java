package dev.scry.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A line that tells a newcomer what to do next in a view ("type a name for your first library",
 * "add a folder"), shown only while there is such a step and taking no room otherwise.
 */
final class NextStep {
    private final Label label;

    NextStep(Composite parent, int columns, String id) {
        label = new Label(parent, SWT.WRAP);
        label.setData(LibraryPart.ID, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.widthHint = 200; // wraps to the view's width instead of widening it
        label.setLayoutData(data);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
        show(null);
    }

    /** Shows the step, or hides the line for null. */
    void show(String step) {
        if (label.isDisposed()) {
            return;
        }
        boolean visible = step != null;
        label.setText(visible ? step : "");
        ((GridData) label.getLayoutData()).exclude = !visible;
        if (label.getVisible() != visible || visible) {
            label.setVisible(visible);
            label.getParent().layout(true);
        }
    }

    String text() {
        return label.getVisible() ? label.getText() : null;
    }

    /** Where it sits among its parent's children: above {@code control}. */
    void moveAbove(org.eclipse.swt.widgets.Control control) {
        label.moveAbove(control);
    }
}
