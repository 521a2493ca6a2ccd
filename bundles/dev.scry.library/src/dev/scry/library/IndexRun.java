package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher.FileState;
import dev.scry.index.PictureIndex;

/**
 * The index as one indexing run changes it: applies the workers' results one at a time (so the
 * bookkeeping needs no locks beyond the set of known contents), keeps records changed since the last
 * commit in memory, and reads older ones from the last commit. The index is the library's store, whichever it is.
 */
final class IndexRun {
    private final PictureIndex index;
    private final Map<Path, FileState> files;
    private final Set<String> contents = ConcurrentHashMap.newKeySet();
    private final Map<String, Entry> pending = new HashMap<>();
    private final IndexReport report;
    /** How many new paths each picture got in this run that no removal has been paired with yet (a move is both). */
    private final Map<String, Integer> newPaths = new HashMap<>();
    private final PictureLabels labels;
    /** The contents this run added (their words, read in the words pass, are part of adding them). */
    private final Set<String> addedNow = new java.util.HashSet<>();

    /** A record and its vectors, changed since the last commit. */
    private record Entry(ImageRecord record, Map<String, float[]> vectors, Map<String, java.util.List<float[]>> regions) {
    }

    /** A run whose pictures get the {@code labels} of their files. */
    IndexRun(PictureIndex index, IndexReport report, PictureLabels labels) throws IOException {
        this.labels = labels;
        this.index = index;
        this.files = new HashMap<>(index.files());
        this.report = report;
        files.values().forEach(state -> contents.add(state.hash()));
    }

    /** What the index knows of a file, as of now. */
    Optional<FileState> file(Path path) {
        return Optional.ofNullable(files.get(path));
    }

    Set<Path> indexedPaths() {
        return Set.copyOf(files.keySet());
    }

    /** Whether the index has a picture with these bytes; safe to call from worker threads. */
    boolean hasContent(String hash) {
        return contents.contains(hash);
    }

    void apply(PictureWork.Result result) throws IOException {
        switch (result) {
            case PictureWork.Known known -> {
                if (!hasContent(known.hash())) {
                    throw new IllegalStateException("content vanished during the run: " + known.hash());
                }
                detachIfChanged(known.path(), known.hash());
                Entry entry = entry(known.hash());
                ImageRecord moved = entry.record().with(new ImageRecord.Location(known.path(), known.modified()));
                put(labels.label(known.path(), moved), entry.vectors(), entry.regions());
                report.relocated();
                newPaths.merge(known.hash(), 1, Integer::sum);
            }
            case PictureWork.Encoded encoded -> {
                String hash = encoded.record().hash();
                if (hasContent(hash)) { // two new identical files encoded at once: keep one record
                    ImageRecord.Location location = encoded.record().locations().get(0);
                    apply(new PictureWork.Known(encoded.path(), hash, location.modified()));
                    return;
                }
                detachIfChanged(encoded.path(), hash);
                contents.add(hash);
                put(labels.label(encoded.path(), encoded.record()), encoded.vectors(), encoded.regions());
                report.added();
                addedNow.add(hash);
            }
            case PictureWork.Completed completed -> {
                Entry entry = entry(completed.hash());
                Map<String, float[]> vectors = new java.util.LinkedHashMap<>(entry.vectors());
                vectors.putAll(completed.vectors());
                Map<String, java.util.List<float[]>> regions = new java.util.LinkedHashMap<>(entry.regions());
                regions.putAll(completed.regions());
                put(completed.words() == null ? entry.record() : entry.record().withWords(completed.words()), vectors, regions);
                if (!completed.vectors().isEmpty()) {
                    report.completed();
                }
                if (completed.words() != null && !addedNow.contains(completed.hash())) {
                    report.wordsAdded(); // the words of a picture indexed before (a picture added now is counted as added)
                }
            }
            case PictureWork.Failed failed -> report.problem(failed.path(), failed.why(), failed.detail());
        }
    }

    /**
     * Gives the picture of the unchanged file {@code path} the labels of its folders if it lacks some (its
     * folder was added again with new tags); reads nothing when no folder covering it has labels.
     */
    void relabel(Path path) throws IOException {
        FileState state = files.get(path);
        if (state == null || !labels.folderLabels(path)) {
            return;
        }
        Entry entry = entry(state.hash());
        ImageRecord labelled = labels.label(path, entry.record());
        if (labelled != entry.record()) {
            put(labelled, entry.vectors(), entry.regions());
        }
    }

    /**
     * Forgets a file that is gone from disk. When its picture was found at a new path in this run, the
     * two are one move (or rename), counted as moved rather than removed.
     */
    void removeMissing(Path path) throws IOException {
        FileState state = files.get(path);
        if (state != null) {
            detach(path, state.hash());
            if (newPaths.getOrDefault(state.hash(), 0) > 0) {
                newPaths.merge(state.hash(), -1, Integer::sum);
                report.moved();
            } else {
                report.removed();
            }
        }
    }

    /** After a commit the index's searches see everything: drop what was kept in memory. */
    void committed() {
        pending.clear();
    }

    private void detachIfChanged(Path path, String newHash) throws IOException {
        FileState old = files.get(path);
        if (old != null && !old.hash().equals(newHash)) {
            detach(path, old.hash());
        }
    }

    private void detach(Path path, String hash) throws IOException {
        Entry entry = entry(hash);
        files.remove(path);
        Optional<ImageRecord> rest = entry.record().without(path);
        if (rest.isPresent()) {
            put(rest.get(), entry.vectors(), entry.regions());
        } else {
            index.remove(hash);
            pending.remove(hash);
            contents.remove(hash);
        }
    }

    private Entry entry(String hash) throws IOException {
        Entry entry = pending.get(hash);
        if (entry != null) {
            return entry;
        }
        ImageRecord record = index.find(hash).orElseThrow(() -> new IOException("index has no record for " + hash));
        return new Entry(record, index.vectors(hash), index.regions(hash));
    }

    private void put(ImageRecord record, Map<String, float[]> vectors, Map<String, java.util.List<float[]>> regions)
            throws IOException {
        index.put(record, vectors, regions);
        pending.put(record.hash(), new Entry(record, vectors, regions));
        for (ImageRecord.Location location : record.locations()) {
            files.put(location.path(), new FileState(record.hash(), record.size(), location.modified()));
        }
    }
}
