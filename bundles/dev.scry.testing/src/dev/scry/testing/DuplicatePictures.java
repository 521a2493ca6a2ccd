package dev.scry.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of pictures with known duplicates, for the tests of duplicate groups: {@code original.png}
 * (600 x 400), an exact copy of its bytes, {@code smaller.png} (the original at half size) and
 * {@code others} pictures unlike it and each other ({@code other10.png}, {@code other11.png}, ...).
 */
public final class DuplicatePictures {
    /** The group that must be found: the original, its exact copy and its smaller copy. */
    public static final String ORIGINAL = "original.png";
    public static final String SMALLER = "smaller.png";

    private DuplicatePictures() {
    }

    /** Writes the pictures into {@code folder} (made if needed), the exact copy under {@code copyName}; returns the folder. */
    public static Path write(Path folder, String copyName, int others) throws IOException {
        Files.createDirectories(folder);
        BufferedImage original = TestPictures.draw(600, 400, 1);
        TestPictures.write(original, "png", folder.resolve(ORIGINAL));
        Files.copy(folder.resolve(ORIGINAL), folder.resolve(copyName));
        TestPictures.write(TestPictures.scaled(original, 300, 200), "png", folder.resolve(SMALLER));
        for (int i = 10; i < 10 + others; i++) {
            TestPictures.write(TestPictures.draw(600, 400, i), "png", folder.resolve("other" + i + ".png"));
        }
        return folder;
    }
}
