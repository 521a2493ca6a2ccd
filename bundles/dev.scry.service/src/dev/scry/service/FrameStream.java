package dev.scry.service;

import java.io.IOException;
import java.io.OutputStream;

import dev.scry.client.Frames;

/**
 * One of a command's output streams as {@link Frames} on the answer: every write is a frame, sent at
 * once. The streams of one answer share it and write one frame at a time. When the client is gone (a
 * write fails), {@code lost} runs once and later output is dropped.
 */
final class FrameStream extends OutputStream {
    private final OutputStream answer;
    private final int type;
    private final Runnable lost;

    FrameStream(OutputStream answer, int type, Runnable lost) {
        this.answer = answer;
        this.type = type;
        this.lost = lost;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0) {
            frame(answer, type, bytes, offset, length, lost);
        }
    }

    /** Writes one frame to {@code answer} (under its lock) and flushes it; on failure runs {@code lost}. */
    static void frame(OutputStream answer, int type, byte[] bytes, int offset, int length, Runnable lost) {
        synchronized (answer) {
            try {
                answer.write(new byte[] { (byte) type, (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length });
                answer.write(bytes, offset, length);
                answer.flush();
            } catch (IOException | RuntimeException e) {
                lost.run();
            }
        }
    }

    /** Writes the exit frame. */
    static void exit(OutputStream answer, int code, Runnable lost) {
        frame(answer, Frames.EXIT, new byte[] { (byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code }, 0, 4, lost);
    }
}
