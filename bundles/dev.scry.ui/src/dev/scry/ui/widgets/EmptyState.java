package dev.scry.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What a view shows when it has nothing to show: a sentence saying what to do next and, when there is
 * one, the button that does it, centred in the view.
 */
public final class EmptyState extends Composite {
    private final Label message;
    private final Button action;
    private Runnable run = () -> { };

    public EmptyState(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.verticalSpacing = 16;
        setLayout(layout);
        Label above = new Label(this, SWT.NONE);
        above.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        message = new Label(this, SWT.WRAP | SWT.CENTER);
        GridData text = new GridData(SWT.CENTER, SWT.CENTER, true, false);
        text.widthHint = 520;
        message.setLayoutData(text);
        action = new Button(this, SWT.PUSH);
        action.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, false));
        action.addListener(SWT.Selection, e -> run.run());
        Label below = new Label(this, SWT.NONE);
        below.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** Shows a sentence with a button labelled {@code button} that runs {@code then}; a null button shows none. */
    public void show(String sentence, String button, Runnable then) {
        show(sentence, button, null, then);
    }

    /** As {@link #show(String, String, Runnable)}, with one of the {@link Icons} on the button (null: none). */
    public void show(String sentence, String button, String icon, Runnable then) {
        checkWidget();
        if (icon != null) {
            Icons.on(action, icon);
        } else {
            action.setImage(null);
        }
        message.setText(sentence);
        boolean withButton = button != null;
        action.setText(withButton ? button : "");
        action.setVisible(withButton);
        ((GridData) action.getLayoutData()).exclude = !withButton;
        run = withButton ? then : () -> { };
        layout(true, true);
    }

    public String getMessage() {
        return message.getText();
    }

    /** The button's label, or null when none is shown. */
    public String getButtonText() {
        return action.getVisible() ? action.getText() : null;
    }

    public Button button() {
        return action;
    }
}
