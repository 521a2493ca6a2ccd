package dev.scry.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Closing the reader while another thread reads (a DS deactivation, or the command line stopping during
 * an add): the read in progress ends normally, close waits for it, and reads after close fail in words.
 */
class OcrReaderCloseTest {
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int line = 0; line < 20; line++) {
            g.drawString("line " + line + " of a page the reader takes a while to read", 40, 60 + line * 56);
        }
        g.dispose();
        return image;
    }

    /** Whether the thread is inside ONNX Runtime's native run right now. */
    private static boolean insideRun(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("ai.onnxruntime.OrtSession") && frame.getMethodName().equals("run") && frame.isNativeMethod()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void closeWaitsForTheReadInProgressAndLaterReadsAreRefusedInWords() throws Exception {
        OcrReader reader = new OcrReader(1);
        BufferedImage page = page();
        AtomicInteger read = new AtomicInteger();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                while (true) { // reads until the reader refuses
                    assertTrue(reader.read(page).size() >= 10, "the lines of the page");
                    read.incrementAndGet();
                }
            } catch (Throwable t) {
                ended.complete(t);
            }
        }, "test reading words");
        thread.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int before;
        do { // a read that is in progress after the count was read adds to it when it ends
            assertTrue(System.nanoTime() < deadline, "the reading thread never entered OrtSession.run");
            before = read.get();
        } while (!insideRun(thread));
        reader.close(); // while the other thread is inside run()

        Throwable end = ended.get(120, TimeUnit.SECONDS);
        assertInstanceOf(OcrException.class, end, String.valueOf(end));
        assertEquals("the text reader has been closed", end.getMessage());
        assertTrue(read.get() > before, "the read in progress at close ended with its lines");
        OcrException after = assertThrows(OcrException.class, () -> reader.read(page));
        assertEquals("the text reader has been closed", after.getMessage());
        reader.close(); // a second close is harmless
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
