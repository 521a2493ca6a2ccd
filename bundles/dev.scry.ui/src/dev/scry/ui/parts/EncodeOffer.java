package dev.scry.ui.parts;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.scry.ui.Messages;

/**
 * A bar in the Library view, shown after a model was installed: it offers to encode the pictures of
 * every library with the model (Encode Pictures) or to leave it (Not Now). Hidden otherwise; it asks
 * nothing modal, so the work in the other views goes on.
 */
final class EncodeOffer {
    private final Composite bar;
    private final Label text;
    private String encoder;

    EncodeOffer(Composite parent, Consumer<String> encode) {
        bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, ((GridLayout) parent.getLayout()).numColumns, 1));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        bar.setLayout(layout);
        text = new Label(bar, SWT.WRAP);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 200;
        text.setLayoutData(textData);
        text.setData(LibraryPart.ID, "offer");
        Button yes = new Button(bar, SWT.PUSH);
        yes.setText(Messages.library_offerEncode);
        yes.setData(LibraryPart.ID, "offerEncode");
        yes.addListener(SWT.Selection, e -> {
            String chosen = encoder;
            hide();
            encode.accept(chosen);
        });
        Button no = new Button(bar, SWT.PUSH);
        no.setText(Messages.library_offerDismiss);
        no.setData(LibraryPart.ID, "offerDismiss");
        no.addListener(SWT.Selection, e -> hide());
        hide();
    }

    /** Offers to encode with the encoder {@code id}, named {@code label} to the user. */
    void show(String id, String label) {
        encoder = id;
        text.setText(NLS.bind(Messages.library_offer, label));
        setVisible(true);
    }

    boolean showing() {
        return bar.getVisible();
    }

    private void hide() {
        setVisible(false);
    }

    private void setVisible(boolean visible) {
        if (bar.isDisposed()) {
            return;
        }
        bar.setVisible(visible);
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.getParent().layout(true, true);
    }
}
