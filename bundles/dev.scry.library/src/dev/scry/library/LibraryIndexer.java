package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
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
import dev.scry.index.ImageSearcher.FileState;
import dev.scry.index.LibraryInUseException;
import dev.scry.index.PictureIndex;
import dev.scry.index.PictureReader;
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
    private final ImageLoader wordsLoader;
    private final int threads;
    private final PictureText text;

    public LibraryIndexer(List<ImageEncoder> encoders) {
        this(encoders, Runtime.getRuntime().availableProcessors());
    }

    public LibraryIndexer(List<ImageEncoder> encoders, int threads) {
        this(encoders, threads, null);
    }

    /**
     * An indexer that also reads the words in pictures with {@code text} (null: no words), in a second pass
     * once the pictures are committed (so picture search never waits for OCR), only of the pictures that
     * its {@linkplain PictureText#mayHoldText gate} lets through, decoded larger
     * ({@value PictureText#DECODE_SIDE} px) so that small print stays legible.
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
        this.loader = new ImageLoader(DECODE_SIDE);
        this.wordsLoader = new ImageLoader(PictureText.DECODE_SIDE);
        // a CLIP-family encoder has its pictures read at full resolution (EncoderInput), which takes more;
        // the words pass decodes larger than the visual pass, one picture a worker either way
        long perWorker = Math.max(loader.peakBytes(EncoderInput.sizes(this.encoders)), text == null ? 0 : wordsLoader.peakBytes());
        this.threads = WorkerCount.fitting(threads, perWorker, Runtime.getRuntime().maxMemory());
    }

    /** Indexes the pictures under {@code paths} (new and changed ones) into {@code library}. */
    public IndexReport index(Library library, List<Path> paths, IProgressMonitor monitor) throws LibraryException {
        return run(library, paths, false, monitor, new IndexReport(), () -> library);
    }

    /**
     * Makes {@code library} cover {@code paths} and indexes them. The library's settings change only once
     * its index could be opened for writing: a library in use is refused with nothing changed. A run that
     * is not cancelled records the time of the add in the library.
     */
    public IndexReport add(Library library, List<Path> paths, LibraryCatalog catalog, IProgressMonitor monitor)
            throws LibraryException {
        return add(library, paths, catalog, monitor, new IndexReport());
    }

    /** As {@link #add(Library, List, LibraryCatalog, IProgressMonitor)}, filling {@code report}, which others may watch meanwhile. */
    public IndexReport add(Library library, List<Path> paths, LibraryCatalog catalog, IProgressMonitor monitor, IndexReport report)
            throws LibraryException {
        return add(library, paths, FolderLabels.NONE, catalog, monitor, report);
    }

    /**
     * As {@link #add(Library, List, LibraryCatalog, IProgressMonitor, IndexReport)}, giving every picture under
     * {@code paths} the tags and metadata {@code labels}, now and whenever a sync or watching finds new ones there.
     */
    public IndexReport add(Library library, List<Path> paths, FolderLabels labels, LibraryCatalog catalog, IProgressMonitor monitor,
            IndexReport report) throws LibraryException {
        java.util.concurrent.atomic.AtomicReference<Library> covering = new java.util.concurrent.atomic.AtomicReference<>(library);
        run(library, paths, false, monitor, report, () -> {
            covering.set(catalog.addPictureFolders(library, paths, labels));
            return covering.get();
        });
        if (!report.wasCancelled()) {
            catalog.markAdded(covering.get(), Instant.now());
        }
        return report;
    }

    /** As {@link #index(Library, List, IProgressMonitor)}, filling {@code report}, which others may watch meanwhile. */
    public IndexReport index(Library library, List<Path> paths, IProgressMonitor monitor, IndexReport report)
            throws LibraryException {
        return run(library, paths, false, monitor, report, () -> library);
    }

    /**
     * Re-scans all of the library's folders: indexes new and changed pictures, re-points moved ones and
     * removes the entries of files that are gone and of paths the library no longer covers. A library
     * folder that is missing or empty keeps its pictures (an unmounted disk); a file added on its own
     * that is gone is removed, and the library stops covering it. Returns the report; the library
     * records the sync time.
     */
    public IndexReport sync(Library library, LibraryCatalog catalog, IProgressMonitor monitor) throws LibraryException {
        return sync(library, catalog, monitor, new IndexReport());
    }

    /** As {@link #sync(Library, LibraryCatalog, IProgressMonitor)}, filling {@code report}, which others may watch meanwhile. */
    public IndexReport sync(Library library, LibraryCatalog catalog, IProgressMonitor monitor, IndexReport report)
            throws LibraryException {
        run(library, library.pictureFolders(), true, monitor, report, () -> library);
        if (!report.wasCancelled()) {
            Library covering = library;
            for (Path gone : report.goneFiles()) {
                covering = covering.withoutPictureFolder(gone);
            }
            catalog.markSynced(covering, Instant.now());
        }
        return report;
    }

    /** What a run does once it holds the library's write lock and before it reads any picture; gives the library as it is then. */
    private interface Locked {
        Library run() throws LibraryException;
    }

    private IndexReport run(Library library, List<Path> roots, boolean sync, IProgressMonitor monitor, IndexReport report,
            Locked locked) throws LibraryException {
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + library.name(), 100);
        try (PictureIndex index = LibraryStores.writable(library)) {
            Library current = locked.run();
            IndexRun run = new IndexRun(index, report, PictureLabels.of(current));
            KnownProblems known = KnownProblems.of(library, encoderVersions());
            Map<String, Set<String>> missing = missingVectors(index);
            progress.subTask("Looking for pictures");
            List<Path> goneFiles = sync ? DeadPaths.goneFiles(roots, run) : List.of();
            List<Path> scan = roots.stream().filter(root -> !goneFiles.contains(DeadPaths.normal(root))).toList();
            List<Path> pictures = PictureFiles.find(scan, report);
            progress.worked(5);
            IndexPlan plan = new IndexPlan();
            Map<String, Path> unreadWords = new java.util.LinkedHashMap<>();
            for (Path picture : pictures) {
                plan(picture, run, known, missing, plan, unreadWords, report, !sync);
            }
            try {
                encodeAndApply(plan, missing, unreadWords, run, known, index, progress.split(90), report);
                if (sync) {
                    Set<Path> found = Set.copyOf(pictures);
                    DeadPaths.remove(roots, goneFiles, found, run, report);
                    known.retainOnly(found);
                }
            } catch (OperationCanceledException e) {
                report.cancelled();
            }
            index.commit();
            saveKnown(known, library);
            progress.done();
            return report;
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot write the index of", library.name(), e);
        }
    }

    /** The encoders' ids and versions: a refusal made by other encoders may not hold for these. */
    private String encoderVersions() {
        return String.join(",", encoders.stream().map(e -> e.id() + ":" + e.version()).sorted().toList());
    }

    /** Remembering refusals saves work, nothing more: failing to save them costs the next run a few attempts. */
    private static void saveKnown(KnownProblems known, Library library) {
        try {
            known.save();
        } catch (IOException e) {
            ProblemLog.warning("cannot remember the files library " + library.name() + " refused: " + SystemWords.of(e), e);
        }
    }

    /**
     * Queues what the run must read of {@code picture}: nothing if it is unchanged (unless its picture
     * lacks some encoders' vectors, or its words were never read: then it goes into {@code unreadWords}
     * for the words pass) or is a known problem that has not changed since; else the file. With
     * {@code relabel} (an add, which may give its folders new labels), an unchanged picture gets the labels
     * of its folders that it lacks; a sync leaves them as they are, so a tag the user took off stays off.
     */
    private static void plan(Path picture, IndexRun run, KnownProblems known, Map<String, Set<String>> missing, IndexPlan plan,
            Map<String, Path> unreadWords, IndexReport report, boolean relabel) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(picture, BasicFileAttributes.class);
        } catch (IOException e) {
            report.problem(picture, dev.scry.image.UnreadableImageException.Reason.UNREADABLE, SystemWords.of(e));
            return;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        FileState state = run.file(picture).orElse(null);
        if (unchanged(state, size, modified)) {
            report.unchanged();
            if (relabel) {
                run.relabel(picture);
            }
            Set<String> lacks = missing.getOrDefault(state.hash(), Set.of());
            if (lacks.contains(PictureWork.WORDS)) {
                unreadWords.putIfAbsent(state.hash(), picture);
            }
            if (lacks.stream().anyMatch(what -> !what.equals(PictureWork.WORDS))) {
                plan.complete(picture, size, modified, state.hash());
            }
            return;
        }
        java.util.Optional<IndexReport.Problem> refused = known.of(picture, size, modified);
        if (refused.isPresent()) {
            report.stillRefused(refused.get());
        } else {
            plan.index(picture, size, modified);
        }
    }

    /** Whether the index knows the file with this size and modification time: then it is not read again. */
    private static boolean unchanged(FileState state, long size, long modified) {
        return state != null && state.size() == size && state.modified() == modified;
    }

    /**
     * For each indexed picture that lacks vectors of some of this indexer's encoders: which ones; and,
     * when this indexer reads words, {@link PictureWork#WORDS} for the pictures whose words were never read.
     */
    private Map<String, Set<String>> missingVectors(PictureReader searcher) throws IOException {
        Map<String, Set<String>> missing = new java.util.HashMap<>();
        if (searcher.count() == 0) {
            return missing;
        }
        if (text != null) {
            for (String hash : searcher.withoutWords()) {
                missing.computeIfAbsent(hash, h -> new HashSet<>()).add(PictureWork.WORDS);
            }
        }
        for (ImageEncoder encoder : encoders) {
            for (String hash : searcher.withoutVectors(encoder.id())) {
                missing.computeIfAbsent(hash, h -> new HashSet<>()).add(encoder.id());
            }
        }
        return missing;
    }

    /**
     * The visual pass over {@code plan} (the pictures are committed as they are encoded, searchable as
     * soon as they are), then, when words are read, the words pass: the pictures of this run that may
     * hold text and the indexed ones in {@code unreadWords}, committed as they are read.
     */
    private void encodeAndApply(IndexPlan plan, Map<String, Set<String>> missing, Map<String, Path> unreadWords, IndexRun run,
            KnownProblems known, PictureIndex index, SubMonitor monitor, IndexReport report) throws IOException {
        List<IndexPlan.Task> work = plan.tasks();
        SubMonitor passes = SubMonitor.convert(monitor, 100);
        report.planned(work.size());
        ExecutorService textPool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "Scry reading words");
            thread.setDaemon(true);
            return thread;
        });
        PictureWork pictureWork = new PictureWork(loader, wordsLoader, encoders, run::hasContent, text, textPool, report);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "Scry indexing");
            thread.setDaemon(true);
            return thread;
        });
        Commits commits = new Commits(index, run);
        Map<String, Path> pendingWords = new java.util.LinkedHashMap<>();
        try {
            List<java.util.concurrent.Callable<PictureWork.Result>> visual = work.stream()
                    .<java.util.concurrent.Callable<PictureWork.Result>>map(task -> () -> task.completes() != null
                            ? pictureWork.complete(task.path(), task.completes(), missing.get(task.completes()))
                            : pictureWork.run(task.path(), task.modified()))
                    .toList();
            SubMonitor visualPass = passes.split(text == null ? 100 : 50);
            pass(pool, visual, visualPass, "", done -> report.processed(done), result -> {
                run.apply(result);
                remember(result, plan, known);
                if (result instanceof PictureWork.Encoded encoded && encoded.wordsPending()) {
                    pendingWords.putIfAbsent(encoded.record().hash(), encoded.path());
                }
                commits.maybe();
            });
            if (text == null) {
                return;
            }
            commits.now(); // every picture is searchable before its words are read
            List<java.util.concurrent.Callable<PictureWork.Result>> reading = new java.util.ArrayList<>();
            pendingWords.forEach((hash, path) -> {
                if (run.hasContent(hash)) {
                    reading.add(() -> pictureWork.words(path, hash, false));
                }
            });
            unreadWords.forEach((hash, path) -> {
                if (!pendingWords.containsKey(hash) && run.hasContent(hash)) {
                    reading.add(() -> pictureWork.words(path, hash, true));
                }
            });
            if (reading.isEmpty()) {
                return; // no words pass to show
            }
            report.readingWords(reading.size());
            pass(pool, reading, passes.split(50), "reading words, ", done -> report.wordsRead(done), result -> {
                run.apply(result);
                if (((PictureWork.Completed) result).words() == null) {
                    report.wordsUnread();
                }
                commits.maybe();
            });
        } finally {
            pool.shutdownNow();
            textPool.shutdownNow();
        }
    }

    /** What is done with each result of a pass, in the order they come. */
    private interface Apply {
        void apply(PictureWork.Result result) throws IOException;
    }

    /**
     * Runs {@code jobs} on {@code pool}, a bounded number in flight (memory stays flat whatever the folder
     * size), applies each result as it comes, and reports "N of M: name" (after {@code label}) to
     * {@code monitor} and the count done to {@code done}.
     */
    private void pass(ExecutorService pool, List<java.util.concurrent.Callable<PictureWork.Result>> jobs, SubMonitor monitor, String label,
            java.util.function.IntConsumer done, Apply apply) throws IOException {
        monitor.setWorkRemaining(Math.max(1, jobs.size()));
        monitor.subTask(String.format(Locale.ROOT, "%s0 of %d", label, jobs.size())); // the plan is known: progress starts at 0 %
        ExecutorCompletionService<PictureWork.Result> results = new ExecutorCompletionService<>(pool);
        int window = threads * 4;
        int submitted = 0;
        for (int finished = 0; finished < jobs.size(); finished++) {
            while (submitted < jobs.size() && submitted - finished < window) {
                results.submit(jobs.get(submitted));
                submitted++;
            }
            PictureWork.Result result = take(results, monitor);
            apply.apply(result);
            done.accept(finished + 1);
            monitor.subTask(String.format(Locale.ROOT, "%s%d of %d: %s", label, finished + 1, jobs.size(), result.path().getFileName()));
            monitor.split(1);
        }
    }

    /** Commits every {@value #COMMIT_EVERY} pictures or {@value #COMMIT_SECONDS} seconds, whichever comes first. */
    private static final class Commits {
        private final PictureIndex index;
        private final IndexRun run;
        private long last = System.nanoTime();
        private int since;

        Commits(PictureIndex index, IndexRun run) {
            this.index = index;
            this.run = run;
        }

        void maybe() throws IOException {
            since++;
            if (since >= COMMIT_EVERY || System.nanoTime() - last > TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)) {
                now();
            }
        }

        void now() throws IOException {
            index.commit();
            run.committed();
            since = 0;
            last = System.nanoTime();
        }
    }

    /** Remembers a refusal that will recur, with the file's size and time; forgets the refusal of a file indexed now. */
    private static void remember(PictureWork.Result result, IndexPlan plan, KnownProblems known) {
        if (result instanceof PictureWork.Failed failed) {
            plan.task(failed.path()).ifPresent(task -> known.remember(task.path(), task.size(), task.modified(), failed.why(),
                    failed.detail()));
        } else {
            known.forget(result.path());
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
            ProblemLog.error("indexing stopped: a worker failed unexpectedly", e.getCause());
            throw new IOException("indexing stopped by an unexpected failure (details in the log)", e.getCause());
        }
    }

}
