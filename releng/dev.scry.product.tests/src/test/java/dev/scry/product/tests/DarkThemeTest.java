package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in its dark theme (the e4 CSS theme engine), asked for with {@code -Dscry.theme=dark}
 * as a dark system would: most of the screen is the dark theme's grey, where the light theme's views are near white.
 */
class DarkThemeTest {
    private static final Path PRODUCT = Path.of(System.getProperty("scry.product", "missing"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("scry.screenshots", "target/screenshots"));

    @TempDir
    Path home;

    @Test
    void theDarkThemeMakesTheViewsDark() throws Exception {
        assertNotNull(System.getenv("DISPLAY"), "the workbench test needs an X display: run the build under xvfb-run");
        ProcessBuilder builder = new ProcessBuilder(PRODUCT.resolve("scry").toString());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().put("SCRY_JAVA_OPTS", "-Dscry.theme=dark");
        builder.redirectErrorStream(true).redirectOutput(home.resolve("workbench.log").toFile());
        Process workbench = builder.start();
        try {
            Path shot = SCREENSHOTS.resolve("workbench-dark.png");
            Files.createDirectories(SCREENSHOTS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            double darkShare = 0;
            while (System.nanoTime() < deadline && workbench.isAlive() && darkShare < 0.6) {
                Thread.sleep(1000);
                java.util.Optional<String> window = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^Scry").start()
                        .inputReader(StandardCharsets.UTF_8).lines().findFirst();
                if (window.isEmpty()) {
                    continue;
                }
                // the screen as it is shown (a GTK window's own capture can be black under Xvfb)
                new ProcessBuilder("import", "-window", "root", shot.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
                darkShare = darkShare(ImageIO.read(shot.toFile()));
            }
            assertTrue(workbench.isAlive(), "the workbench quit by itself; log:\n" + Files.readString(home.resolve("workbench.log")));
            assertFalse(darkShare < 0.6, "most of the window is dark (" + Math.round(darkShare * 100) + " % of the pixels)");
        } finally {
            workbench.descendants().forEach(ProcessHandle::destroy);
            workbench.destroy();
            workbench.waitFor(20, TimeUnit.SECONDS);
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
}
