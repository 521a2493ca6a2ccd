package dev.scry.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.scry.ui.Messages;

/** The query language's syntax with examples, in a small window under the query field (the "?" next to it). */
final class QueryHelp {
    /** The {@code LibraryPart.ID} data of the help's table, for tests. */
    static final String TABLE_ID = "queryHelp";

    private final Control field;

    QueryHelp(Control field) {
        this.field = field;
    }

    /** Opens the help under the field; it closes with Escape or its window's close button. */
    Shell open() {
        Shell shell = new Shell(field.getShell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(Messages.queryHelp_title);
        shell.setLayout(new FillLayout());
        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData(LibraryPart.ID, TABLE_ID);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        new TableColumn(table, SWT.LEFT).setText(Messages.queryHelp_write);
        new TableColumn(table, SWT.LEFT).setText(Messages.queryHelp_finds);
        for (String row : Messages.queryHelp_rows.split("\n")) {
            String[] cells = row.split("\\|", 2);
            new TableItem(table, SWT.NONE).setText(cells);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        shell.pack();
        Point below = field.toDisplay(0, field.getSize().y);
        shell.setLocation(below);
        shell.open();
        return shell;
    }
}
