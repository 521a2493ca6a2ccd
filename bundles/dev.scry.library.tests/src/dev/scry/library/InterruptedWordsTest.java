package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.testing.TestPictures;

/**
 * A stop (Ctrl+C, SIGTERM) interrupts the workers while they wait for the words of a picture: the picture
 * is then indexed with its words unread, so the next add or sync reads them, never as a picture without
 * words (which no later run would read again).
 */
class InterruptedWordsTest {
    @TempDir
    Path temp;

    @Test
    void aPictureWhoseReadingIsInterruptedHasItsWordsUnread() throws Exception {
        Path picture = TestPictures.write(TestPictures.draw(400, 300, 3), "png", temp.resolve("notice.png"));
        CountDownLatch reading = new CountDownLatch(1);
        PictureText blocking = pixels -> {
            reading.countDown();
            new CountDownLatch(1).await(); // until the stop interrupts it
            return "never";
        };
        ExecutorService textPool = Executors.newSingleThreadExecutor();
        try {
            PictureWork work = new PictureWork(new ImageLoader(PictureText.DECODE_SIDE), List.of(new FingerprintEncoder()),
                    hash -> false, blocking, textPool, new IndexReport());
            long modified = Files.getLastModifiedTime(picture).toMillis();
            CompletableFuture<PictureWork.Result> result = new CompletableFuture<>();
            Thread worker = new Thread(() -> result.complete(work.run(picture, modified)));
            worker.start();
            reading.await();
            worker.interrupt(); // what shutdownNow does to the indexing pool when the run is stopped
            PictureWork.Encoded encoded = assertInstanceOf(PictureWork.Encoded.class, result.get());
            assertTrue(encoded.wordsUnread(), "the words were not read");
            assertFalse(encoded.record().wordsRead(), "a picture whose reading was stopped must not count as read");
        } finally {
            textPool.shutdownNow();
        }
    }
}
