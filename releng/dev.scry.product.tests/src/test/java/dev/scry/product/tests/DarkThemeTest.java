package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in its dark theme (the e4 CSS theme engine), asked for with {@code -Dscry.theme=dark}
 * as a dark system would: most of the screen is the dark theme's grey, where the light theme's
 * views are near white, and the views' frames, tabs and minimise/maximise bars are dark too (the
 * e4 tab renderer's colours): no line of near-white pixels as long as a frame's edge or a bar.
 */
class DarkThemeTest {
    @TempDir
    Path home;

    @Test
    void theDarkThemeMakesTheViewsDark() throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.start(home, Map.of("SCRY_JAVA_OPTS", "-Dscry.theme=dark"), "workbench.log")) {
            workbench.awaitWindow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            double darkShare = 0;
            while (System.nanoTime() < deadline && workbench.process().isAlive() && darkShare < 0.6) {
                Thread.sleep(1000);
                // the screen as it is shown (a GTK window's own capture can be black under Xvfb)
                darkShare = darkShare(ImageIO.read(RunningWorkbench.screenshot("workbench-dark.png").toFile()));
            }
            assertTrue(workbench.process().isAlive(), "the workbench quit by itself; log:\n" + Files.readString(home.resolve("workbench.log")));
            assertFalse(darkShare < 0.6, "most of the window is dark (" + Math.round(darkShare * 100) + " % of the pixels)");
            BufferedImage shown = ImageIO.read(RunningWorkbench.screenshot("workbench-dark.png").toFile());
            assertEquals("", brightRuns(shown), "no white frame, tab or minimise/maximise bar in the dark theme");
        }
    }

    /**
     * The share of the picture's pixels (every 8th in both directions) that are dark grey: luminance
     * between 15 and 80 of 255. Black (Xvfb's empty screen, a capture that failed) does not count.
     */
    private static double darkShare(BufferedImage picture) {
        int dark = 0;
        int all = 0;
        for (int y = 0; y < picture.getHeight(); y += 8) {
            for (int x = 0; x < picture.getWidth(); x += 8) {
                int rgb = picture.getRGB(x, y);
                double luminance = 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
                dark += luminance > 15 && luminance < 80 ? 1 : 0;
                all++;
            }
        }
        return (double) dark / all;
    }

    /**
     * Where the picture has a run of {@value #BRIGHT_RUN} or more near-white pixels (each channel
     * above 200) along a row or a column, as "x,y row" or "x,y column", at most five; empty when it
     * has none. Text is light in the dark theme, but its strokes are shorter than that.
     */
    private static String brightRuns(BufferedImage picture) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (int y = 0; y < picture.getHeight() && found.size() < 5; y++) {
            int run = 0;
            for (int x = 0; x < picture.getWidth() && found.size() < 5; x++) {
                run = bright(picture.getRGB(x, y)) ? run + 1 : 0;
                if (run == BRIGHT_RUN) {
                    found.add((x - BRIGHT_RUN + 1) + "," + y + " row");
                }
            }
        }
        for (int x = 0; x < picture.getWidth() && found.size() < 5; x++) {
            int run = 0;
            for (int y = 0; y < picture.getHeight() && found.size() < 5; y++) {
                run = bright(picture.getRGB(x, y)) ? run + 1 : 0;
                if (run == BRIGHT_RUN) {
                    found.add(x + "," + (y - BRIGHT_RUN + 1) + " column");
                }
            }
        }
        return String.join("; ", found);
    }

    private static final int BRIGHT_RUN = 24;

    private static boolean bright(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) > 200 && (rgb & 0xff) > 200;
    }
}
