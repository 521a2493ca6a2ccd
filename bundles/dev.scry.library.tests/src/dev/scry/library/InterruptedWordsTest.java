package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * (indexed by the visual pass with its words unread) keeps them unread, so the next add or sync reads them,
 * never as a picture without words (which no later run would read again).
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
            PictureWork work = new PictureWork(new ImageLoader(LibraryIndexer.DECODE_SIDE), new ImageLoader(PictureText.DECODE_SIDE),
                    List.of(new FingerprintEncoder()), hash -> false, blocking, textPool, new IndexReport());
            long modified = Files.getLastModifiedTime(picture).toMillis();
            PictureWork.Encoded encoded = assertInstanceOf(PictureWork.Encoded.class, work.run(picture, modified));
            assertTrue(encoded.wordsPending(), "the words are left to the words pass");
            assertFalse(encoded.record().wordsRead(), "a picture whose words are left to the words pass must not count as read");
            CompletableFuture<PictureWork.Completed> result = new CompletableFuture<>();
            Thread worker = new Thread(() -> result.complete(work.words(picture, encoded.record().hash(), false)));
            worker.start();
            reading.await();
            worker.interrupt(); // what shutdownNow does to the indexing pool when the run is stopped
            assertNull(result.get().words(), "a picture whose reading was stopped must not count as read");
        } finally {
            textPool.shutdownNow();
        }
    }
}
