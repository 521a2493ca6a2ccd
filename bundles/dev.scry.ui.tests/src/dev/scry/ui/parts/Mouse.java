package dev.scry.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * The real X pointer: clicks, rectangles drawn with the mouse and drag and drop between windows (XDND)
 * go through the same code paths as a person's mouse.
 */
public final class Mouse {
    private static final int STEPS = 12;

    private final Xdotool xdotool;

    Mouse(Xdotool xdotool) {
        this.xdotool = xdotool;
    }

    /** Presses the left button at {@code from} in {@code source}, moves to {@code to} in {@code target} and releases it. */
    public void drag(Control source, Point from, Control target, Point to) {
        Point start = source.toDisplay(from);
        Point end = target.toDisplay(to);
        List<String[]> steps = new ArrayList<>();
        steps.add(move(start));
        steps.add(new String[] { "mousedown", "1" });
        for (int i = 1; i <= STEPS; i++) {
            steps.add(move(new Point(start.x + (end.x - start.x) * i / STEPS, start.y + (end.y - start.y) * i / STEPS)));
        }
        for (int i = 0; i < 4; i++) { // a hand lingers over the target, long enough for the two windows to agree on the drop
            steps.add(new String[] { "sleep", "0.1" });
            steps.add(move(new Point(end.x + i % 2, end.y)));
        }
        steps.add(new String[] { "mouseup", "1" });
        xdotool.run(steps);
    }

    /** Clicks the left button at {@code at} in {@code control}. */
    public void click(Control control, Point at) {
        xdotool.run(List.of(move(control.toDisplay(at)), new String[] { "click", "1" }));
    }

    /** Clicks the left button at {@code at} in {@code control} holding a key down ("ctrl", "shift"). */
    public void clickWith(String key, Control control, Point at) {
        xdotool.run(List.of(move(control.toDisplay(at)), new String[] { "keydown", key }, new String[] { "click", "1" },
                new String[] { "keyup", key }));
    }

    /** Double-clicks the left button at {@code at} in {@code control}. */
    public void doubleClick(Control control, Point at) {
        xdotool.run(List.of(move(control.toDisplay(at)), new String[] { "click", "--repeat", "2", "--delay", "80", "1" }));
    }

    private static String[] move(Point at) {
        return new String[] { "mousemove", Integer.toString(at.x), Integer.toString(at.y) };
    }
}
