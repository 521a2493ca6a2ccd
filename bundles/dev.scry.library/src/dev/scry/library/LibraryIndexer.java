package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.scry.encoder.ImageEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageSearcher;
import dev.scry.index.ImageSearcher.FileState;
import dev.scry.index.LibraryInUseException;
import dev.scry.library.LibraryException.Kind;

/**
 * Brings pictures into a library and keeps it in step with the disk. Unchanged files (same size and
 * modification time) are skipped; new and changed ones are hashed, decoded and encoded on as many
 * threads as there are cores; a file whose bytes the index already has (moved, renamed or copied) is
 * only re-pointed, never re-encoded. Changes are committed every {@value #COMMIT_EVERY} pictures or
 * {@value #COMMIT_SECONDS} seconds, so a crash loses little and the next run resumes where it stopped.
 */
public final class LibraryIndexer {
    static final int COMMIT_EVERY = 200;
    static final int COMMIT_SECONDS = 20;
    /** Pictures are decoded to at most this many pixels on the longer side before encoding. */
    public static final int DECODE_SIDE = 512;

    private final List<ImageEncoder> encoders;
    private final ImageLoader loader;
    private final int threads;
    private final PictureText text;

    public LibraryIndexer(List<ImageEncoder> encoders) {
        this(encoders, Runtime.getRuntime().availableProcessors());
    }

    public LibraryIndexer(List<ImageEncoder> encoders, int threads) {
        this(encoders, threads, null);
    }

    /**
     * An indexer that also reads the words in pictures with {@code text} (null: no words). With words,
     * pictures are decoded larger ({@value PictureText#DECODE_SIDE} px) so that small print stays legible.
     */
    public LibraryIndexer(List<ImageEncoder> encoders, int threads, PictureText text) {
        if (encoders.isEmpty()) {
            throw new IllegalArgumentException("at least one image encoder is needed");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.encoders = List.copyOf(encoders);
        this.text = text;
        this.loader = new ImageLoader(text == null ? DECODE_SIDE : PictureText.DECODE_SIDE);
        this.threads = WorkerCount.fitting(threads, loader.peakBytes(), Runtime.getRuntime().maxMemory());
    }

    /** Indexes the pictures under {@code paths} (new and changed ones) into {@code library}. */
    public IndexReport index(Library library, List<Path> paths, IProgressMonitor monitor) throws LibraryException {
        return run(library, paths, false, monitor, new IndexReport());
    }

    /** As {@link #index(Library, List, IProgressMonitor)}, filling {@code report}, which others may watch meanwhile. */
    public IndexReport index(Library library, List<Path> paths, IProgressMonitor monitor, IndexReport report)
            throws LibraryException {
        return run(library, paths, false, monitor, report);
    }

    /**
     * Re-scans all of the library's folders: indexes new and changed pictures, re-points moved ones and
     * removes the entries of files that are gone. Returns the report; the library records the sync time.
     */
    public IndexReport sync(Library library, LibraryCatalog catalog, IProgressMonitor monitor) throws LibraryException {
        return sync(library, catalog, monitor, new IndexReport());
    }

    /** As {@link #sync(Library, LibraryCatalog, IProgressMonitor)}, filling {@code report}, which others may watch meanwhile. */
    public IndexReport sync(Library library, LibraryCatalog catalog, IProgressMonitor monitor, IndexReport report)
            throws LibraryException {
        run(library, library.pictureFolders(), true, monitor, report);
        if (!report.wasCancelled()) {
            catalog.markSynced(library, Instant.now());
        }
        return report;
    }

    private IndexReport run(Library library, List<Path> roots, boolean removeMissing, IProgressMonitor monitor,
            IndexReport report) throws LibraryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + library.name(), 100);
        try (ImageIndexWriter writer = ImageIndexWriter.open(library.indexFolder(), library.vectors());
                ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            IndexRun run = new IndexRun(writer, searcher, report);
            Map<String, Set<String>> missing = missingVectors(searcher);
            progress.subTask("Looking for pictures");
            List<Path> pictures = PictureFiles.find(roots, report);
            progress.worked(5);
            List<Path> work = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            Map<Path, String> completions = new java.util.HashMap<>();
            for (Path picture : pictures) {
                if (changed(picture, run, report, work, times)) {
                    FileState state = run.file(picture).orElseThrow();
                    if (missing.containsKey(state.hash()) && completions.values().stream().noneMatch(state.hash()::equals)) {
                        completions.put(picture, state.hash());
                        work.add(picture);
                        times.add(state.modified());
                    }
                }
            }
            try {
                encodeAndApply(work, times, completions, missing, run, writer, progress.split(90), report);
                if (removeMissing) {
                    removeMissing(roots, Set.copyOf(pictures), run);
                }
            } catch (OperationCanceledException e) {
                report.cancelled();
            }
            writer.commit();
            progress.done();
            return report;
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot write the index of", library.name(), e);
        }
    }

    /** Queues a new or changed file; returns true if the file is unchanged (and counted so). */
    private static boolean changed(Path picture, IndexRun run, IndexReport report, List<Path> work, List<Long> times) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(picture, BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            FileState state = run.file(picture).orElse(null);
            if (state != null && state.size() == attributes.size() && state.modified() == modified) {
                report.unchanged();
                return true;
            }
            work.add(picture);
            times.add(modified);
        } catch (IOException e) {
            report.problem(picture, dev.scry.image.UnreadableImageException.Reason.UNREADABLE, SystemWords.of(e));
        }
        return false;
    }

    /** For each indexed picture that lacks vectors of some of this indexer's encoders: which ones. */
    private Map<String, Set<String>> missingVectors(ImageSearcher searcher) throws IOException {
        Map<String, Set<String>> missing = new java.util.HashMap<>();
        if (searcher.count() == 0) {
            return missing;
        }
        for (ImageEncoder encoder : encoders) {
            for (String hash : searcher.withoutVectors(encoder.id())) {
                missing.computeIfAbsent(hash, h -> new HashSet<>()).add(encoder.id());
            }
        }
        return missing;
    }

    private void encodeAndApply(List<Path> work, List<Long> times, Map<Path, String> completions, Map<String, Set<String>> missing,
            IndexRun run, ImageIndexWriter writer, SubMonitor monitor, IndexReport report) throws IOException {
        monitor.setWorkRemaining(Math.max(1, work.size()));
        report.planned(work.size());
        ExecutorService textPool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "Scry reading words");
            thread.setDaemon(true);
            return thread;
        });
        PictureWork pictureWork = new PictureWork(loader, encoders, run::hasContent, text, textPool);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "Scry indexing");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<PictureWork.Result> results = new ExecutorCompletionService<>(pool);
        int window = threads * 4; // bounded in flight: memory stays flat whatever the folder size
        int submitted = 0;
        long start = System.nanoTime();
        long lastCommit = start;
        int sinceCommit = 0;
        try {
            for (int done = 0; done < work.size(); done++) {
                while (submitted < work.size() && submitted - done < window) {
                    Path path = work.get(submitted);
                    long modified = times.get(submitted);
                    String complete = completions.get(path);
                    results.submit(() -> complete != null ? pictureWork.complete(path, complete, missing.get(complete))
                            : pictureWork.run(path, modified));
                    submitted++;
                }
                PictureWork.Result result = take(results, monitor);
                run.apply(result);
                report.processed(done + 1);
                sinceCommit++;
                monitor.subTask(progressText(done + 1, work.size(), start, result.path()));
                monitor.split(1);
                if (sinceCommit >= COMMIT_EVERY || System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)) {
                    writer.commit();
                    run.committed();
                    sinceCommit = 0;
                    lastCommit = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
            textPool.shutdownNow();
        }
    }

    private static PictureWork.Result take(ExecutorCompletionService<PictureWork.Result> results, SubMonitor monitor)
            throws IOException {
        try {
            while (true) {
                Future<PictureWork.Result> next = results.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next.get();
                }
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("indexing failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Drops the entries of pictures gone from disk, under folders that are there and hold something: a
     * folder that is missing or empty is more likely an unmounted disk or share than deleted pictures,
     * so its entries (and their tags) are kept; the scan reports it missing.
     */
    private static void removeMissing(List<Path> roots, Set<Path> found, IndexRun run) throws IOException {
        Set<Path> scanned = new HashSet<>();
        for (Path root : roots) {
            if (present(root)) {
                scanned.add(root.toAbsolutePath().normalize());
            }
        }
        for (Path path : run.indexedPaths()) {
            boolean covered = scanned.stream().anyMatch(path::startsWith);
            if (covered && !found.contains(path) && !Files.exists(path)) {
                run.removeMissing(path);
            }
        }
    }

    private static boolean present(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Files.exists(root);
        }
        try (java.util.stream.Stream<Path> children = Files.list(root)) {
            return children.findAny().isPresent();
        }
    }

    /** What is being done now; the time left is the progress display's to estimate from the work done. */
    private static String progressText(int done, int total, long start, Path current) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        return String.format(Locale.ROOT, "%d of %d, %.1f/s: %s", done, total, rate, current.getFileName());
    }
}
