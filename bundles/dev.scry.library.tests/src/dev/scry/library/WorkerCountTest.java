package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.scry.image.ImageLoader;

/** The number of pictures worked on at once follows the heap, not only the cores. */
class WorkerCountTest {
    private static final long MB = 1L << 20;

    @Test
    void halfTheHeapBoundsThePicturesInFlight() {
        // with words read, a picture is decoded to at most 3200 px a side: 3200 * 3200 * 4 * 2 bytes = 78.1 MB
        long ocrWorker = new ImageLoader(PictureText.DECODE_SIDE).peakBytes();
        assertEquals(3200L * 3200 * 8, ocrWorker);
        assertEquals(6, WorkerCount.fitting(16, ocrWorker, 1024 * MB)); // 512 MB / 78.1 MB
        assertEquals(1, WorkerCount.fitting(16, ocrWorker, 128 * MB), "one worker however small the heap");
        assertEquals(4, WorkerCount.fitting(4, ocrWorker, 8192 * MB), "never more than asked for");
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("wanted must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> WorkerCount.fitting(0, 1, 1)).getMessage());
    }
}
