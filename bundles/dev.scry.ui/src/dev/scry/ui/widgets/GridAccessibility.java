package dev.scry.ui.widgets;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * What a screen reader learns of a {@link ThumbnailGrid}: a list whose children are its cells, each
 * named by its item's accessible name (the file name and the similarity), the focused one being the
 * cell last clicked or moved to.
 */
final class GridAccessibility {
    private final ThumbnailGrid grid;

    GridAccessibility(ThumbnailGrid grid) {
        this.grid = grid;
    }

    void attach() {
        Accessible accessible = grid.getAccessible();
        accessible.addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = nameOf(e.childID);
            }
        });
        accessible.addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getChildCount(AccessibleControlEvent e) {
                e.detail = grid.getItems().size();
            }

            @Override
            public void getChildren(AccessibleControlEvent e) {
                Object[] children = new Object[grid.getItems().size()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = i;
                }
                e.children = children;
            }

            @Override
            public void getChildAtPoint(AccessibleControlEvent e) {
                Point local = grid.toControl(e.x, e.y);
                int index = grid.indexAt(local.x, local.y);
                e.childID = index < 0 ? ACC.CHILDID_SELF : index;
            }

            @Override
            public void getFocus(AccessibleControlEvent e) {
                int lead = grid.getLeadIndex();
                e.childID = lead < 0 ? ACC.CHILDID_SELF : lead;
            }

            @Override
            public void getLocation(AccessibleControlEvent e) {
                Rectangle bounds = e.childID == ACC.CHILDID_SELF ? grid.getClientArea() : grid.cellBounds(e.childID);
                Point origin = grid.toDisplay(bounds.x, bounds.y);
                e.x = origin.x;
                e.y = origin.y;
                e.width = bounds.width;
                e.height = bounds.height;
            }

            @Override
            public void getRole(AccessibleControlEvent e) {
                e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_LIST : ACC.ROLE_LISTITEM;
            }

            @Override
            public void getValue(AccessibleControlEvent e) {
                e.result = nameOf(e.childID);
            }
        });
    }

    /** The accessible name of a cell, or of the grid itself (the focused cell's) for {@link ACC#CHILDID_SELF}. */
    String nameOf(int childID) {
        int index = childID == ACC.CHILDID_SELF ? grid.getLeadIndex() : childID;
        if (index < 0 || index >= grid.getItems().size()) {
            return null;
        }
        return grid.getItems().get(index).accessibleName();
    }
}
