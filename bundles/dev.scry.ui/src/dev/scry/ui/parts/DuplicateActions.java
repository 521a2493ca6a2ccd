package dev.scry.ui.parts;

import java.nio.file.Path;

import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What the Duplicates view's commands (its context menu, their keys) do with the file selected in its
 * tree: open it, show it in the file manager, copy its path, keep it (its group's other files are
 * checked for the trash), and move the checked files to the trash after a confirmation.
 */
public final class DuplicateActions {
    private final DuplicatesPart part;
    private final Tree tree;

    DuplicateActions(DuplicatesPart part, Tree tree) {
        this.part = part;
        this.tree = tree;
    }

    /** The file selected (a file's row, not a group's), or null. */
    public Path selected() {
        TreeItem item = selectedItem();
        return item == null ? null : (Path) item.getData();
    }

    private TreeItem selectedItem() {
        if (tree.isDisposed()) {
            return null;
        }
        TreeItem[] selection = tree.getSelection();
        return selection.length == 1 && selection[0].getData() instanceof Path ? selection[0] : null;
    }

    /** Whether some file is checked for the trash. */
    public boolean anyChecked() {
        return !tree.isDisposed() && !part.checked().isEmpty();
    }

    public void open() {
        Path selected = selected();
        if (selected != null) {
            Program.launch(selected.toString());
        }
    }

    public void reveal() {
        Path selected = selected();
        if (selected != null) {
            ResultActions.reveal(selected);
        }
    }

    public void copyPath() {
        Path selected = selected();
        if (selected == null) {
            return;
        }
        ResultActions.put(tree.getDisplay(), new Object[] { selected.toString() }, new Transfer[] { TextTransfer.getInstance() });
    }

    /** Keeps the selected file: it is unchecked, and every other file of its group is checked. */
    public void keep() {
        TreeItem kept = selectedItem();
        if (kept == null) {
            return;
        }
        for (TreeItem file : kept.getParentItem().getItems()) {
            file.setChecked(file != kept);
        }
    }

    /** Moves the checked files to the trash, after asking. */
    public void trashChecked() {
        part.trashChecked();
    }
}
