package dev.scry.example.colours;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;
import dev.scry.export.ResultExporter;
import dev.scry.export.ResultExporters;

/** A view beside Details: the encoders and exporters installed, built-in or from plugins, with their ids. */
public final class ExtensionsView {
    /** The table's id ({@code Widget.getData(ID)}), for tests. */
    public static final String ID = "dev.scry.example.colours.extensions";

    @PostConstruct
    public void createControls(Composite parent, EncoderRegistry encoders, ResultExporters exporters) {
        parent.setLayout(new FillLayout());
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(ID, ID);
        table.setHeaderVisible(true);
        for (String title : new String[] { "Kind", "Id", "Name" }) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        for (ImageEncoder encoder : encoders.imageEncoders()) {
            add(table, "Encoder", encoder.id(), encoder.label());
        }
        for (ResultExporter exporter : exporters.all()) {
            add(table, "Exporter", exporter.id(), exporter.label() + " (." + exporter.fileExtension() + ")");
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private static void add(Table table, String kind, String id, String name) {
        new TableItem(table, SWT.NONE).setText(new String[] { kind, id, name });
    }
}
