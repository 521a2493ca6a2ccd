package dev.scry.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;

/** Thumbnails on disk: found again, renewed when the picture changes, trimmed to the limit. */
class ThumbnailCacheTest {
    @TempDir
    Path temp;

    @Test
    void aThumbnailIsKeptUntilItsPictureChanges() throws Exception {
        Path picture = TestPictures.write(TestPictures.draw(300, 200, 1), "png", temp.resolve("p.png"));
        ThumbnailCache cache = new ThumbnailCache(temp.resolve("cache"), 1 << 20);
        assertNull(cache.get(picture));
        cache.put(picture, TestPictures.draw(60, 40, 1));
        BufferedImage again = cache.get(picture);
        assertNotNull(again);
        assertEquals(60, again.getWidth());
        Path before = cache.fileFor(picture);
        Files.setLastModifiedTime(picture, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertNotEquals(before, cache.fileFor(picture));
        assertNull(cache.get(picture), "a changed picture needs a new thumbnail");
    }

    @Test
    void trimmingKeepsTheMostRecentlyUsed() throws Exception {
        ThumbnailCache filling = new ThumbnailCache(temp.resolve("cache"), Long.MAX_VALUE);
        for (int i = 0; i < 12; i++) {
            Path picture = TestPictures.write(TestPictures.draw(100, 100, i), "png", temp.resolve(i + ".png"));
            filling.put(picture, TestPictures.draw(144, 144, i));
            Files.setLastModifiedTime(filling.fileFor(picture), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long limit = size() / 2;
        ThumbnailCache cache = new ThumbnailCache(temp.resolve("cache"), limit);
        cache.trim();
        org.junit.jupiter.api.Assertions.assertTrue(size() <= limit, size() + " > " + limit);
        assertNotNull(cache.get(temp.resolve("11.png")), "the newest stays");
        assertNull(cache.get(temp.resolve("0.png")), "the oldest went");
    }

    private long size() throws java.io.IOException {
        try (Stream<Path> files = Files.walk(temp.resolve("cache"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
