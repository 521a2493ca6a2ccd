package dev.scry.ui.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;

/**
 * Scry's action icons (drawn for it by releng/icons/draw_icons.py), at 1x and 2x: SWT picks the 2x
 * pixels at 150 % zoom and above. One image per icon and display, disposed with the display.
 */
public final class Icons {
    private static final String KEY = Icons.class.getName();

    private final Map<String, Image> images = new HashMap<>();

    private Icons(Display display) {
        display.disposeExec(() -> images.values().forEach(Image::dispose));
    }

    /** Puts the icon called {@code name} ("library", "folder-add", "sync", "picture-search") on a button. */
    public static void on(Button button, String name) {
        button.setImage(of(button.getDisplay()).image(button.getDisplay(), name));
    }

    private static Icons of(Display display) {
        Icons icons = (Icons) display.getData(KEY);
        if (icons == null) {
            icons = new Icons(display);
            display.setData(KEY, icons);
        }
        return icons;
    }

    private Image image(Display display, String name) {
        return images.computeIfAbsent(name, n -> new Image(display, (ImageDataProvider) zoom -> read(n + (zoom >= 150 ? "@2x" : "") + ".png")));
    }

    private static ImageData read(String file) {
        try (InputStream in = Icons.class.getResourceAsStream("icons/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no icon " + file);
            }
            return new ImageData(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("icon " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
