package dev.scry.ui.parts;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.scry.ui.Messages;
import dev.scry.ui.ResultOrder;
import dev.scry.ui.widgets.ThumbnailGrid;

/** The Results view's bar: the order of the results and the size of the thumbnails. */
final class ResultsBar {
    /** How much a step of the slider, or Ctrl+plus/minus, changes the thumbnails' side, in points. */
    static final int STEP = 16;

    private final Combo sort;
    private final Scale size;

    ResultsBar(Composite parent, Runnable sorted, IntConsumer sized) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 8;
        layout.marginHeight = 4;
        layout.horizontalSpacing = 8;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText(Messages.results_sortBy);
        sort = new Combo(bar, SWT.READ_ONLY);
        sort.setData(LibraryPart.ID, "sort");
        for (ResultOrder order : ResultOrder.values()) {
            sort.add(order.label());
        }
        sort.select(0);
        sort.addListener(SWT.Selection, e -> sorted.run());
        new Label(bar, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(Messages.results_size);
        size = new Scale(bar, SWT.HORIZONTAL);
        size.setData(LibraryPart.ID, "thumbnailSize");
        size.setMinimum(ThumbnailGrid.SMALLEST);
        size.setMaximum(ThumbnailGrid.LARGEST);
        size.setIncrement(STEP);
        size.setPageIncrement(STEP * 2);
        size.setSelection(ThumbnailGrid.DEFAULT_SIZE);
        GridData wide = new GridData(SWT.END, SWT.CENTER, false, false);
        wide.widthHint = 160;
        size.setLayoutData(wide);
        size.addListener(SWT.Selection, e -> sized.accept(size.getSelection()));
        size.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = Messages.results_size;
            }
        });
    }

    ResultOrder order() {
        int index = sort.getSelectionIndex();
        return ResultOrder.values()[Math.max(0, index)];
    }

    /** Moves the slider to a size set another way (Ctrl+plus/minus). */
    void showSize(int side) {
        if (!size.isDisposed() && size.getSelection() != side) {
            size.setSelection(side);
        }
    }
}
