package dev.scry.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import dev.scry.ui.KeepRule;

/**
 * The Duplicates view's checks, made for the user: in every group, every file but the one a
 * {@link KeepRule} keeps is checked for the trash; and where the files of a group differ in a column
 * (size, dimensions, date, format), the cells that differ from the kept file's are highlighted.
 */
final class KeepChecks {
    /** The columns whose differences are highlighted. */
    private final int[] compared;
    private final Map<Path, KeepRule.Candidate> candidates = new HashMap<>();

    KeepChecks(int... compared) {
        this.compared = compared.clone();
    }

    void clear() {
        candidates.clear();
    }

    void add(KeepRule.Candidate candidate) {
        candidates.put(candidate.path(), candidate);
    }

    /** Checks all but the kept file of each group of {@code tree} and highlights the differences. */
    void apply(Tree tree, KeepRule rule, Path folder) {
        Color highlight = tree.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        for (TreeItem group : tree.getItems()) {
            List<KeepRule.Candidate> files = new ArrayList<>();
            for (TreeItem file : group.getItems()) {
                if (file.getData() instanceof Path path && candidates.containsKey(path)) {
                    files.add(candidates.get(path));
                }
            }
            if (files.isEmpty()) {
                continue;
            }
            Path keep = rule.keeper(files, folder);
            TreeItem kept = null;
            for (TreeItem file : group.getItems()) {
                boolean keeper = keep.equals(file.getData());
                file.setChecked(!keeper);
                if (keeper) {
                    kept = file;
                }
            }
            for (int column : compared) {
                Set<String> values = new HashSet<>();
                for (TreeItem file : group.getItems()) {
                    values.add(file.getText(column));
                }
                for (TreeItem file : group.getItems()) {
                    boolean differs = values.size() > 1 && kept != null && !file.getText(column).equals(kept.getText(column));
                    file.setForeground(column, differs ? highlight : null);
                }
            }
        }
    }
}
