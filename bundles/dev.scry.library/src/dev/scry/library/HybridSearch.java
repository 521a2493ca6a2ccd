package dev.scry.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.TextEncoder;
import dev.scry.index.PictureReader;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.LibraryException.Kind;

/**
 * Word queries that use everything a library knows: the words in names, paths, metadata and pictures
 * (BM25) and, when a CLIP-family text encoder is installed and the library holds its vectors, what the
 * pictures show. The two rankings are fused by reciprocal rank fusion (Cormack et al., 2009): a picture
 * scores the sum of {@code 1 / (60 + rank)} over the rankings it appears in, so a picture found by
 * both ways comes first. Its similarity is the higher of its two percentages.
 */
public final class HybridSearch {
    /** The rank constant of reciprocal rank fusion; 60 as in the original paper. */
    static final int RRF_K = 60;
    /** Each ranking contributes this many candidates per wanted result. */
    private static final int CANDIDATES = 3;

    private HybridSearch() {
    }

    /**
     * The best {@code n} pictures for {@code text}; {@code semantic} may be empty (words only).
     * Pictures less similar than {@code minSimilarity} percent are left out.
     */
    public static List<SearchHit> search(Library library, String text, Optional<TextEncoder> semantic, int n, double minSimilarity,
            SearchFilter filter) throws LibraryException {
        return search(OpenLibraries.eachCall(), library, text, semantic, n, minSimilarity, filter);
    }

    /** As {@link #search(Library, String, Optional, int, double, SearchFilter)}, through the process's open libraries. */
    public static List<SearchHit> search(OpenLibraries open, Library library, String text, Optional<TextEncoder> semantic, int n,
            double minSimilarity, SearchFilter filter) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            List<SearchHit> words = searcher.text(text, n * CANDIDATES, 0, filter);
            List<SearchHit> meaning = List.of();
            if (semantic.isPresent() && searcher.encoders().contains(semantic.get().id())) {
                meaning = searcher.similar(semantic.get().id(), semantic.get().encode(text), n * CANDIDATES, 0, filter);
            }
            return fuse(List.of(words, meaning), n, minSimilarity);
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot search library", library.name(), e);
        } catch (EncodingException e) {
            throw new LibraryException(Kind.IO, "cannot encode '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Reciprocal rank fusion of rankings of the same index. */
    static List<SearchHit> fuse(List<List<SearchHit>> rankings, int n, double minSimilarity) {
        Map<String, double[]> scores = new LinkedHashMap<>(); // hash -> {fused score, best similarity}
        Map<String, SearchHit> first = new LinkedHashMap<>(); // the first ranking (words) keeps its matched words
        for (List<SearchHit> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                SearchHit hit = ranking.get(rank);
                double[] score = scores.computeIfAbsent(hit.hash(), h -> new double[2]);
                score[0] += 1.0 / (RRF_K + rank + 1);
                score[1] = Math.max(score[1], hit.similarity());
                first.putIfAbsent(hit.hash(), hit);
            }
        }
        List<SearchHit> fused = new ArrayList<>();
        scores.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]))
                .forEach(e -> {
                    if (e.getValue()[1] >= minSimilarity && fused.size() < n) {
                        SearchHit hit = first.get(e.getKey());
                        fused.add(new SearchHit(hit.path(), e.getValue()[1], hit.hash(), hit.words()));
                    }
                });
        return fused;
    }
}
