package dev.scry.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The first time Scry opens (no workbench state kept from an earlier run), its window fills the
 * screen. Afterwards the workbench's persisted model brings back the window as the user left it:
 * this model processor runs only for a new model ({@code apply="initial"} in plugin.xml). The window
 * is sized rather than tagged maximised: SWT then restores a maximised window at the screen's size
 * whatever size the user gave it later, where no window manager tells it otherwise (Xvfb).
 */
public class FirstWindow {
    @Execute
    public void fillTheScreen(MApplication application) {
        Display display = Display.getCurrent();
        if (display == null) {
            return; // no display yet: the window keeps the model's own size
        }
        Rectangle area = display.getPrimaryMonitor().getClientArea();
        for (MWindow window : application.getChildren()) {
            window.setX(area.x);
            window.setY(area.y);
            window.setWidth(area.width);
            window.setHeight(area.height);
        }
    }
}
