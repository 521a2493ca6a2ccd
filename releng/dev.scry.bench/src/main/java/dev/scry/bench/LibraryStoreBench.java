package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.HybridSearch;
import dev.scry.library.IndexReport;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryIndexer;
import dev.scry.library.LibrarySearch;
import dev.scry.library.LibraryStore;
import dev.scry.library.OpenLibraries;
import dev.scry.library.ScryHome;

/**
 * The OpenSearch benchmark through the library layer (releng/bench/opensearch.sh --library): the same drawn
 * pictures added by {@link LibraryIndexer} with the fingerprint to an embedded library and to a library on
 * OpenSearch, then picture queries (a smaller, re-encoded copy of a library picture, answered as the command
 * line answers them: decode, the encoder's query vectors, {@link LibrarySearch#similarTo}) and word queries
 * (a file's name, {@link HybridSearch}) through one warm {@link OpenLibraries}, as {@code scry serve} and the
 * workbench search. Prints pictures/s, query p50/p95 (wall, one thread, 10 hits, after 5 untimed queries), how
 * often the copy's original (the file named) comes first, and how often both stores agree on the top hit and
 * share their top 10.
 *
 * <pre>usage: LibraryStoreBench URLS PICTURES QUERIES SHARDS REPLICAS WORK_FOLDER</pre>
 */
public final class LibraryStoreBench {
    private static final int HITS = 10;
    private static final int WARM_UP = 5;

    private LibraryStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: LibraryStoreBench URLS PICTURES QUERIES SHARDS REPLICAS WORK_FOLDER");
        }
        String urls = args[0];
        int n = Integer.parseInt(args[1]);
        int q = Integer.parseInt(args[2]);
        int shards = Integer.parseInt(args[3]);
        int replicas = Integer.parseInt(args[4]);
        Path work = Path.of(args[5]);
        Path pictures = Files.createDirectories(work.resolve("pictures"));
        Path queries = Files.createDirectories(work.resolve("queries"));
        for (int i = 0; i < n; i++) {
            BufferedImage drawn = i % 2 == 0 ? DrawnPictures.objectOnWhite(i) : DrawnPictures.lowDetail(i);
            ImageIO.write(Images.scaled(drawn, 320, 240), "png", pictures.resolve(name(i) + ".png").toFile());
        }
        Random random = new Random(18);
        List<Integer> asked = new ArrayList<>();
        for (int k = 0; k < q; k++) {
            int i = random.nextInt(n);
            asked.add(i);
            BufferedImage original = ImageIO.read(pictures.resolve(name(i) + ".png").toFile());
            ImageIO.write(Images.scaled(original, 200, 150), "jpg", queries.resolve("q" + k + ".jpg").toFile());
        }
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(work.resolve("home")));
        Library embedded = catalog.create("embedded");
        Library remote = catalog.create("remote", LibraryStore.openSearch(urls, "bench-" + System.nanoTime()), shards, replicas);
        FingerprintEncoder encoder = new FingerprintEncoder();
        OpenLibraries open = new OpenLibraries();
        try {
            List<List<SearchHit>> embeddedHits = run("embedded", embedded, catalog, pictures, queries, asked, encoder, open);
            List<List<SearchHit>> remoteHits = run(String.format(Locale.ROOT, "opensearch (%d shards, %d replicas)", shards, replicas),
                    remote, catalog, pictures, queries, asked, encoder, open);
            int same = 0;
            double shared = 0;
            for (int k = 0; k < q; k++) {
                List<String> a = embeddedHits.get(k).stream().map(SearchHit::hash).toList();
                List<String> b = remoteHits.get(k).stream().map(SearchHit::hash).toList();
                if (!a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0))) {
                    same++;
                }
                shared += b.isEmpty() ? 0 : (double) b.stream().filter(a::contains).count() / b.size();
            }
            System.out.printf(Locale.ROOT, "picture queries: same top hit on both stores %d of %d; opensearch top 10 also in the embedded top 10: %.3f%n",
                    same, q, shared / q);
        } finally {
            catalog.remove(catalog.get("remote"));
            open.close();
        }
    }

    private static List<List<SearchHit>> run(String label, Library created, LibraryCatalog catalog, Path pictures, Path queries,
            List<Integer> asked, FingerprintEncoder encoder, OpenLibraries open) throws Exception {
        LibraryIndexer indexer = new LibraryIndexer(List.of(encoder), Runtime.getRuntime().availableProcessors(), null);
        long start = System.nanoTime();
        IndexReport report = indexer.add(created, List.of(pictures), catalog, new NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;
        Library library = catalog.get(created.name());
        int count = catalog.pictureCount(library);
        LibrarySearch search = new LibrarySearch(encoder, open);
        List<List<SearchHit>> all = new ArrayList<>();
        double[] pictureMs = new double[asked.size()];
        double[] wordMs = new double[asked.size()];
        int pictureFirst = 0;
        int wordFirst = 0;
        for (int k = 0; k < WARM_UP; k++) {
            search.similarTo(library, queries.resolve("q" + k % asked.size() + ".jpg"), HITS, 0, SearchFilter.NONE);
            HybridSearch.search(open, library, name(asked.get(k % asked.size())), Optional.empty(), HITS, 0, SearchFilter.NONE);
        }
        for (int k = 0; k < asked.size(); k++) {
            String original = name(asked.get(k)) + ".png";
            long t = System.nanoTime();
            List<SearchHit> hits = search.similarTo(library, queries.resolve("q" + k + ".jpg"), HITS, 0, SearchFilter.NONE);
            pictureMs[k] = (System.nanoTime() - t) / 1e6;
            all.add(hits);
            if (!hits.isEmpty() && hits.get(0).path().getFileName().toString().equals(original)) {
                pictureFirst++;
            }
            t = System.nanoTime();
            List<SearchHit> words = HybridSearch.search(open, library, name(asked.get(k)), Optional.empty(), HITS, 0, SearchFilter.NONE);
            wordMs[k] = (System.nanoTime() - t) / 1e6;
            if (!words.isEmpty() && words.get(0).path().getFileName().toString().equals(original)) {
                wordFirst++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pictures (%d indexed) in %.1f s (%.0f pictures/s); picture query p50 %.1f ms, p95 %.1f ms,"
                + " original first %d of %d; word query p50 %.1f ms, p95 %.1f ms, file named first %d of %d%n", label, count,
                report.addedCount(), seconds, count / seconds, percentile(pictureMs, 50), percentile(pictureMs, 95), pictureFirst, asked.size(),
                percentile(wordMs, 50), percentile(wordMs, 95), wordFirst, asked.size());
        return all;
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "p%05d", i);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
