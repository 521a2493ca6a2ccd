package dev.scry.image;

import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

import dev.scry.image.UnreadableImageException.Reason;

/**
 * The time one picture may take to decode. It listens to the reader's progress on the decoding thread
 * and aborts the read once the time is up (the JPEG reader can be aborted only from the thread that
 * reads); the read then returns part of the picture, which {@link #check} refuses.
 */
final class DecodeDeadline implements IIOReadProgressListener {
    private final Duration limit;
    private final long deadline;
    private boolean aborted;

    /** A deadline {@code limit} from now, or none if {@code limit} is null. */
    DecodeDeadline(Duration limit) {
        this.limit = limit;
        this.deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + Math.max(0, limit.toNanos());
    }

    private boolean passed() {
        return limit != null && System.nanoTime() - deadline >= 0;
    }

    /** Watches {@code reader}'s reads (a no-op without a limit). */
    void watch(ImageReader reader) {
        if (limit != null) {
            reader.addIIOReadProgressListener(this);
        }
    }

    /** Refuses {@code file} as too large when its time is up (the read in progress was aborted or is late). */
    void check(Path file) throws UnreadableImageException {
        if (aborted || passed()) {
            throw new UnreadableImageException(file, Reason.TOO_LARGE, "decoding stopped after " + shown(limit));
        }
    }

    private static String shown(Duration limit) {
        long millis = limit.toMillis();
        return millis >= 1000 && millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (!aborted && passed()) {
            aborted = true;
            source.abort();
        }
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
        imageProgress(source, 0);
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }

    @Override
    public void readAborted(ImageReader source) {
        aborted = true;
    }
}
