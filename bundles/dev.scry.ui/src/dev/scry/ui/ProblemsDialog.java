package dev.scry.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.scry.library.IndexReport;

/**
 * The files the last indexing run could not index, one row each with the reason, however many there
 * are (a virtual table); Copy puts the whole list on the clipboard as text.
 */
public final class ProblemsDialog extends Dialog {
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<IndexReport.Problem> problems;
    private Table table;

    public ProblemsDialog(Shell parent, List<IndexReport.Problem> problems) {
        super(parent);
        this.problems = List.copyOf(problems);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.library_problemsTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (problems.isEmpty()) {
            new Label(area, SWT.WRAP).setText(Messages.library_noProblems);
            return area;
        }
        table = new Table(area, SWT.BORDER | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.problems_file, 460);
        column(Messages.problems_reason, 320);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            IndexReport.Problem problem = problems.get(table.indexOf(item));
            item.setText(new String[] { problem.path().toString(), UserWords.of(problem) });
        });
        table.setItemCount(problems.size());
        return area;
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(860, 460);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!problems.isEmpty()) {
            createButton(parent, COPY_ID, Messages.problems_copy, false);
        }
        createButton(parent, IDialogConstants.OK_ID, Messages.dialog_close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            clipboard.setContents(new Object[] { asText() }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
        } else {
            super.buttonPressed(id);
        }
    }

    /** The list as lines of "path: reason". */
    String asText() {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p.path()).append(": ").append(UserWords.of(p)).append(System.lineSeparator()));
        return text.toString();
    }

    /** The table of problems, for tests; null when there are none. */
    Table table() {
        return table;
    }
}
