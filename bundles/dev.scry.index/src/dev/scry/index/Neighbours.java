package dev.scry.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The nearest pictures of every picture of a store, in the store's order: the searches run on one thread a
 * core (the store answers calls from several threads), a bounded number ahead of the caller, which takes
 * them one by one in order, so the outcome is the same as one search after the other.
 */
final class Neighbours implements AutoCloseable {
    /** A picture and the content hashes of its nearest pictures (null when it has no vector of the encoder). */
    record Found(String hash, List<String> hits) {
    }

    private final PictureReader store;
    private final String encoderId;
    private final double minSimilarity;
    private final Iterator<ImageRecord> records;
    private final ExecutorService threads;
    private final Queue<Future<Found>> ahead = new ArrayDeque<>();
    private final int window;

    Neighbours(PictureReader store, String encoderId, double minSimilarity, List<ImageRecord> records) {
        this.store = store;
        this.encoderId = encoderId;
        this.minSimilarity = minSimilarity;
        this.records = records.iterator();
        int cores = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        this.threads = Executors.newFixedThreadPool(cores, Thread.ofPlatform().daemon().name("scry-neighbours-", 0).factory());
        this.window = 4 * cores;
        fill();
    }

    boolean hasNext() {
        return !ahead.isEmpty();
    }

    /** The next picture's nearest pictures. */
    Found next() throws IOException {
        Future<Found> first = ahead.remove();
        fill();
        try {
            return first.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private void fill() {
        while (ahead.size() < window && records.hasNext()) {
            String hash = records.next().hash();
            ahead.add(threads.submit(() -> search(hash)));
        }
    }

    private Found search(String hash) {
        try {
            float[] vector = store.vectors(hash).get(encoderId); // not kept: only pairs' pictures are
            if (vector == null) {
                return new Found(hash, null);
            }
            return new Found(hash, store.similar(encoderId, vector, SimilarGroups.NEIGHBOURS, minSimilarity, SearchFilter.NONE).stream()
                    .map(SearchHit::hash).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        ahead.forEach(f -> f.cancel(false)); // no interrupt: a search in progress finishes (milliseconds)
        threads.shutdown();
        try { // before the caller closes the store
            threads.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
