package dev.scry.ui.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Facts of a picture as rows of a name and its value, in two columns of a grid layout, in the order named. */
final class FactsTable {
    private final Map<String, Label> values = new LinkedHashMap<>();

    FactsTable(Composite parent, List<String> names) {
        for (String name : names) {
            Label key = new Label(parent, SWT.NONE);
            key.setText(name);
            key.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
            key.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            Label value = new Label(parent, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
            data.widthHint = 160;
            value.setLayoutData(data);
            value.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                @Override
                public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                    e.result = name + ": " + value.getText();
                }
            });
            values.put(name, value);
        }
    }

    void set(String name, String value) {
        Label label = values.get(name);
        if (label == null) {
            throw new IllegalArgumentException("no fact called " + name);
        }
        label.setText(value);
    }

    String get(String name) {
        Label label = values.get(name);
        return label == null ? null : label.getText();
    }

    void clear() {
        values.values().forEach(label -> label.setText(""));
    }
}
