package dev.scry.ui.widgets;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which cells of a grid are selected, as in a file manager: a click selects one cell, Ctrl+click adds
 * or removes one, Shift+click selects the range from the last clicked cell; the lead cell is the one
 * the keyboard moves from and Enter opens.
 */
final class GridSelection {
    private final BitSet chosen = new BitSet();
    private int size;
    private int lead = -1;
    private int anchor = -1;

    /** A new list of {@code cells}: the first one selected, if any. */
    void reset(int cells) {
        size = cells;
        chosen.clear();
        lead = anchor = cells > 0 ? 0 : -1;
        if (lead >= 0) {
            chosen.set(0);
        }
    }

    /** Only this cell. */
    void only(int index) {
        if (valid(index)) {
            chosen.clear();
            chosen.set(index);
            lead = anchor = index;
        }
    }

    /** Adds the cell, or removes it if it was selected (Ctrl+click). */
    void toggle(int index) {
        if (valid(index)) {
            chosen.flip(index);
            lead = anchor = index;
        }
    }

    /** The cells from the anchor to this one (Shift+click, Shift+arrow). */
    void extendTo(int index) {
        if (valid(index)) {
            int from = anchor < 0 ? index : anchor;
            chosen.clear();
            chosen.set(Math.min(from, index), Math.max(from, index) + 1);
            lead = index;
        }
    }

    void all() {
        chosen.set(0, size);
    }

    boolean contains(int index) {
        return chosen.get(index);
    }

    int lead() {
        return lead;
    }

    int count() {
        return chosen.cardinality();
    }

    /** The selected cells in order. */
    List<Integer> indices() {
        return IntStream.range(0, size).filter(chosen::get).boxed().toList();
    }

    private boolean valid(int index) {
        return index >= 0 && index < size;
    }
}
