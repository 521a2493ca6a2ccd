package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.ImageFacts;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.ImageRecord;

/**
 * The work on one file, done on a worker thread. The visual pass: hash its bytes; if the index already has
 * that content, say so (no decoding); else decode it small with bounded memory, encode it with every
 * encoder and, when words are read, ask the text-presence gate whether it may hold text (if not, it is
 * indexed as read, without words). The words pass: decode an indexed picture larger and read its words.
 */
final class PictureWork {
    /** What became of one file. */
    sealed interface Result permits Known, Encoded, Completed, Failed {
        Path path();
    }

    /** Content the index already has: only the location is new. */
    record Known(Path path, String hash, long modified) implements Result {
    }

    /**
     * New content, decoded and encoded: global vectors and region vectors by encoder id, and whether
     * the words in it are still to be read (by the words pass; until then its words are unread).
     */
    record Encoded(Path path, ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions,
            boolean wordsPending) implements Result {
    }

    /**
     * Known content given the vectors of encoders added since it was indexed, or the words in it
     * (null: not read now).
     */
    record Completed(Path path, String hash, Map<String, float[]> vectors, Map<String, List<float[]>> regions, String words)
            implements Result {
    }

    /** What {@link #complete} is asked for, beside encoder ids, when the picture's words were never read. */
    static final String WORDS = "#words";

    /** A file that could not be indexed, why, and more about why or null. */
    record Failed(Path path, UnreadableImageException.Reason why, String detail) implements Result {
    }

    /** Reading the words of one picture may take at most this long; then it is indexed without them. */
    static final long TEXT_SECONDS = 30;

    private final ImageLoader loader;
    private final ImageLoader wordsLoader;
    private final List<ImageEncoder> encoders;
    private final java.util.Set<dev.scry.image.PictureSize> sizes;
    private final Predicate<String> knownContent;
    private final PictureText text;
    private final java.util.concurrent.ExecutorService textPool;
    private final IndexReport report;

    /**
     * {@code loader} decodes for the visual pass, {@code wordsLoader} for the words pass; {@code text} null
     * indexes no words; {@code textPool} runs the gate and the text reading so they can be bounded in time;
     * {@code report} learns of the encoders stopped because they failed.
     */
    PictureWork(ImageLoader loader, ImageLoader wordsLoader, List<ImageEncoder> encoders, Predicate<String> knownContent,
            PictureText text, java.util.concurrent.ExecutorService textPool, IndexReport report) {
        this.report = report;
        this.loader = loader;
        this.wordsLoader = wordsLoader;
        this.encoders = encoders;
        this.sizes = EncoderInput.sizes(encoders);
        this.knownContent = knownContent;
        this.text = text;
        this.textPool = textPool;
    }

    /** The visual pass for a new or changed file. */
    Result run(Path path, long modified) {
        try {
            String hash = dev.scry.image.ContentHash.of(path);
            if (knownContent.test(hash)) {
                return new Known(path, hash, modified);
            }
            LoadedImage image = loader.load(path, sizes);
            Map<String, float[]> vectors = new LinkedHashMap<>();
            Map<String, List<float[]>> regions = new LinkedHashMap<>();
            encode(image, encoders, vectors, regions);
            ImageRecord record = ImageRecord.of(hash, ImageFacts.of(path, image), "");
            if (text == null) {
                return new Encoded(path, record, vectors, regions, false);
            }
            boolean noText = Boolean.FALSE.equals(bounded(path, () -> text.mayHoldText(image.pixels()), "looking for text in it"));
            return new Encoded(path, noText ? record.withWords("") : record, vectors, regions, !noText);
        } catch (UnreadableImageException e) {
            return refused(path, e);
        } catch (EncodingException e) {
            return refused(path, e);
        } catch (IOException e) {
            return new Failed(path, UnreadableImageException.Reason.UNREADABLE, SystemWords.of(e));
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(path, e);
        }
    }

    /** Decodes an indexed picture again to encode it with {@code missing} encoders only (the visual pass). */
    Result complete(Path path, String hash, java.util.Set<String> missing) {
        try {
            LoadedImage image = loader.load(path, sizes);
            Map<String, float[]> vectors = new LinkedHashMap<>();
            Map<String, List<float[]>> regions = new LinkedHashMap<>();
            encode(image, encoders.stream().filter(e -> missing.contains(e.id())).toList(), vectors, regions);
            return new Completed(path, hash, vectors, regions, null);
        } catch (UnreadableImageException e) {
            return refused(path, e);
        } catch (EncodingException e) {
            return refused(path, e);
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(path, e);
        }
    }

    /**
     * The words pass for the indexed picture {@code hash} read from {@code path}: decoded at the words'
     * size, asked first whether it may hold text when {@code gate} (pictures whose words were never
     * read, not seen by the visual pass's gate), then read. Its words are null when they could not be
     * read (the log says why): a file that cannot be decoded now leaves the picture as it is.
     */
    Completed words(Path path, String hash, boolean gate) {
        try {
            LoadedImage image = wordsLoader.load(path);
            if (gate && Boolean.FALSE.equals(bounded(path, () -> text.mayHoldText(image.pixels()), "looking for text in it"))) {
                return new Completed(path, hash, Map.of(), Map.of(), "");
            }
            return new Completed(path, hash, Map.of(), Map.of(), words(path, image.pixels()));
        } catch (UnreadableImageException e) {
            ProblemLog.warning(path + ": its words could not be read: " + e.getMessage(), e.getCause());
            return new Completed(path, hash, Map.of(), Map.of(), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            ProblemLog.error(path + ": reading its words failed unexpectedly", e);
            return new Completed(path, hash, Map.of(), Map.of(), null);
        }
    }

    /**
     * A file the decoder refused, with the decoder's words; when the decoder itself broke (a runtime
     * exception rather than an error it reports), its words are no use to the user: they go to the log.
     */
    private static Failed refused(Path path, UnreadableImageException e) {
        if (e.getCause() == null) {
            return new Failed(path, e.reason(), e.detail());
        }
        ProblemLog.warning(path + ": " + e.reason().words(), e.getCause());
        return new Failed(path, e.reason(), e.getCause() instanceof RuntimeException ? null : e.detail());
    }

    private static Failed refused(Path path, EncodingException e) {
        ProblemLog.warning(path + ": could not be encoded: " + e.getMessage(), e);
        return new Failed(path, UnreadableImageException.Reason.NOT_ENCODED, e.getMessage());
    }

    /** A failure nobody foresaw, or too little memory: a sentence for the user, the stack trace for the log. */
    private static Failed failed(Path path, Throwable e) {
        ProblemLog.error(path + ": indexing failed unexpectedly", e);
        return e instanceof OutOfMemoryError
                ? new Failed(path, UnreadableImageException.Reason.TOO_LARGE, "not enough memory to decode it")
                : new Failed(path, UnreadableImageException.Reason.NOT_ENCODED, "an unexpected failure; details in the log");
    }

    /**
     * Fills the global and region vectors of {@code image} for each encoder still running. The built-in
     * fingerprint failing, or the last encoder still running, refuses the picture; any other encoder
     * failing (a broken model) is stopped for the rest of the run, once, and the picture is indexed
     * without its vectors.
     */
    private void encode(LoadedImage image, List<ImageEncoder> encoders, Map<String, float[]> vectors,
            Map<String, List<float[]>> regions) throws EncodingException {
        for (ImageEncoder encoder : encoders) {
            if (report.encoderStopped(encoder.id())) {
                continue;
            }
            try {
                java.awt.image.BufferedImage pixels = EncoderInput.of(image, encoder);
                float[] vector = encoder.encode(pixels);
                List<float[]> own = encoder.regions(pixels).stream().map(dev.scry.encoder.RegionVector::vector).toList();
                vectors.put(encoder.id(), vector);
                if (!own.isEmpty()) {
                    regions.put(encoder.id(), own);
                }
            } catch (EncodingException | RuntimeException e) {
                boolean othersRun = encoders.stream().anyMatch(other -> other != encoder && !report.encoderStopped(other.id()));
                if (encoder.id().equals(dev.scry.encoder.EncoderRegistry.FINGERPRINT) || !othersRun) {
                    throw e;
                }
                String why = e instanceof EncodingException ? e.getMessage() : "an unexpected failure; details in the log";
                if (report.stopEncoder(encoder.id(), why)) {
                    ProblemLog.error("encoder " + encoder.id() + " failed and is stopped for this run: " + why, e);
                }
            }
        }
    }

    /**
     * The words in the picture: empty when there are none, null when reading them failed or took too
     * long (the log says which, and why) or was stopped.
     */
    private String words(Path path, java.awt.image.BufferedImage pixels) {
        return bounded(path, () -> text.wordsIn(pixels), "reading the words in it");
    }

    /**
     * What {@code work} gives, run on the text pool for at most {@value #TEXT_SECONDS} s; null when it
     * failed or took too long (logged with {@code what}) or was stopped (then the thread stays interrupted).
     */
    private <T> T bounded(Path path, java.util.concurrent.Callable<T> work, String what) {
        java.util.concurrent.Future<T> reading = textPool.submit(work);
        try {
            return reading.get(TEXT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            reading.cancel(true);
            ProblemLog.warning(path + ": " + what + " took longer than " + TEXT_SECONDS + " s; indexed without its words", null);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            ProblemLog.warning(path + ": " + what + " failed; indexed without its words", e.getCause());
            return null;
        } catch (InterruptedException e) {
            // a stop: the words were not read (not "no words"), so the next add or sync reads them
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
