package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.ImageFacts;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageSearcher;
import dev.scry.index.LibraryInUseException;
import dev.scry.library.LibraryException.Kind;

/**
 * Brings pictures into a library: finds them, skips those indexed and unchanged (same size and
 * modification time), decodes and encodes the rest, and commits every {@value #COMMIT_EVERY} pictures
 * or {@value #COMMIT_SECONDS} seconds, so an interrupted run loses little and the next run resumes.
 */
public final class LibraryIndexer {
    static final int COMMIT_EVERY = 200;
    static final int COMMIT_SECONDS = 20;
    /** Pictures are decoded to at most this many pixels on the longer side before encoding. */
    public static final int DECODE_SIDE = 512;

    private final List<ImageEncoder> encoders;
    private final ImageLoader loader = new ImageLoader(DECODE_SIDE);

    public LibraryIndexer(List<ImageEncoder> encoders) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("at least one image encoder is needed");
        }
        this.encoders = List.copyOf(encoders);
    }

    /** Indexes the pictures under {@code paths} into {@code library}. Cancel through the monitor. */
    public IndexReport index(Library library, List<Path> paths, IProgressMonitor monitor) throws LibraryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + library.name(), 100);
        IndexReport report = new IndexReport();
        progress.subTask("Looking for pictures");
        List<Path> pictures = PictureFiles.find(paths, report);
        progress.worked(5);
        Map<String, long[]> known = knownStamps(library);
        try (ImageIndexWriter writer = ImageIndexWriter.open(library.indexFolder())) {
            SubMonitor loop = progress.newChild(95).setWorkRemaining(pictures.size());
            long lastCommit = System.nanoTime();
            int sinceCommit = 0;
            int done = 0;
            try {
                for (Path picture : pictures) {
                    loop.subTask(done + " of " + pictures.size() + ": " + picture.getFileName());
                    SubMonitor step = loop.split(1); // throws OperationCanceledException once cancelled
                    if (indexOne(writer, picture, known, report)) {
                        sinceCommit++;
                    }
                    done++;
                    step.done();
                    if (sinceCommit >= COMMIT_EVERY || System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)) {
                        writer.commit();
                        sinceCommit = 0;
                        lastCommit = System.nanoTime();
                    }
                }
            } catch (OperationCanceledException e) {
                report.cancelled();
            }
            writer.commit();
        } catch (LibraryInUseException e) {
            throw new LibraryException(Kind.IN_USE, "library " + library.name() + " is in use", e);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot write the index of " + library.name() + ": " + e.getMessage(), e);
        } finally {
            progress.done();
        }
        return report;
    }

    private boolean indexOne(ImageIndexWriter writer, Path picture, Map<String, long[]> known, IndexReport report)
            throws IOException {
        Path path = picture.toAbsolutePath().normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            long[] stamp = known.get(path.toString());
            if (stamp != null && stamp[0] == attributes.size() && stamp[1] == attributes.lastModifiedTime().toMillis()) {
                report.unchanged();
                return false;
            }
            LoadedImage image = loader.load(path);
            Map<String, float[]> vectors = new LinkedHashMap<>();
            for (ImageEncoder encoder : encoders) {
                vectors.put(encoder.id(), encoder.encode(image.pixels()));
            }
            writer.put(ImageFacts.of(path, image), vectors);
            report.added();
            return true;
        } catch (UnreadableImageException e) {
            report.problem(path, e.reason().words() + detail(e));
        } catch (EncodingException e) {
            report.problem(path, e.getMessage());
        } catch (IOException e) {
            if (!Files.isReadable(path)) {
                report.problem(path, "cannot be read");
            } else {
                throw e;
            }
        }
        return false;
    }

    private static String detail(UnreadableImageException e) {
        String message = e.getMessage();
        int open = message.lastIndexOf(" (");
        return open >= 0 && message.endsWith(")") ? message.substring(open) : "";
    }

    private static Map<String, long[]> knownStamps(Library library) throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.stamps();
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot read the index of " + library.name() + ": " + e.getMessage(), e);
        }
    }
}
