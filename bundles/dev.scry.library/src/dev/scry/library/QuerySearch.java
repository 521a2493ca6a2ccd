package dev.scry.library;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import dev.scry.encoder.TextEncoder;
import dev.scry.index.PictureReader;
import dev.scry.index.ResultOrder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.SearchQuery;

/**
 * Searches with a query written in Scry's query language ({@link dev.scry.index.QueryLanguage}): its
 * words through {@link HybridSearch} (words and meaning), its filters inside every search (so the top
 * {@code n} stays {@code n}), its order last. A query of filters alone lists the pictures that pass.
 */
public final class QuerySearch {
    private QuerySearch() {
    }

    /** The best {@code n} pictures for {@code query} among those passing {@code base}, in the query's order. */
    public static List<SearchHit> search(Library library, SearchQuery query, Optional<TextEncoder> semantic, int n, double minSimilarity,
            SearchFilter base) throws LibraryException {
        return search(OpenLibraries.eachCall(), library, query, semantic, n, minSimilarity, base);
    }

    /** As {@link #search(Library, SearchQuery, Optional, int, double, SearchFilter)}, through the process's open libraries. */
    public static List<SearchHit> search(OpenLibraries open, Library library, SearchQuery query, Optional<TextEncoder> semantic, int n,
            double minSimilarity, SearchFilter base) throws LibraryException {
        SearchFilter filter = query.filter(base);
        if (query.hasWords()) {
            return ordered(open, library, HybridSearch.search(open, library, query.words(), semantic, n, minSimilarity, filter), query.order());
        }
        try (PictureReader searcher = open.reader(library)) {
            return searcher.matching(filter, query.order(), n);
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot search library", library.name(), e);
        }
    }

    /** {@code hits} of {@code library} in {@code order}. */
    public static List<SearchHit> ordered(Library library, List<SearchHit> hits, ResultOrder order) throws LibraryException {
        return ordered(OpenLibraries.eachCall(), library, hits, order);
    }

    /** As {@link #ordered(Library, List, ResultOrder)}, through the process's open libraries. */
    public static List<SearchHit> ordered(OpenLibraries open, Library library, List<SearchHit> hits, ResultOrder order)
            throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            return searcher.ordered(hits, order);
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot search library", library.name(), e);
        }
    }
}
