package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.index.QueryLanguage;
import dev.scry.index.QuerySyntaxException;
import dev.scry.index.SearchQuery;
import dev.scry.library.QuerySearch;
import dev.scry.library.LibrarySearch;
import dev.scry.ui.Messages;
import dev.scry.ui.SearchResults;

/** Searches a library with a picture file or with words, off the UI thread, and hands the results on. */
public final class SearchJob extends Job {
    /** The family of all searches. */
    public static final Object FAMILY = SearchJob.class;

    /**
     * What to search with: a picture, or else {@code text}, a query in the query language. With a
     * picture, everything in {@code text} but its words filters and orders the results (it may be null).
     */
    public record Query(Path picture, String text, int count, double minimum, String encoder, java.awt.Rectangle region) {
        public String label() {
            return picture != null ? picture.toString() : text;
        }
    }

    private final Libraries libraries;
    private final String libraryName;
    private final Query query;
    private final Consumer<SearchResults> found;
    private final Consumer<String> failed;

    /** {@code libraryName} null searches every library and merges the results by similarity. */
    public SearchJob(Libraries libraries, String libraryName, Query query, Consumer<SearchResults> found, Consumer<String> failed) {
        super(NLS.bind(Messages.job_search, libraryName == null ? "*" : libraryName));
        this.libraries = libraries;
        this.libraryName = libraryName;
        this.query = query;
        this.found = found;
        this.failed = failed;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /**
     * Hands the results on unless the job was cancelled (a newer search replaced it); a failure is
     * handed on as a sentence, logged, and returned as an error status.
     */
    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long start = System.nanoTime();
        try {
            List<Library> searched = libraryName == null ? libraries.catalog().list() : List.of(libraries.catalog().get(libraryName));
            SearchQuery typed = QueryLanguage.parse(query.text() == null ? "" : query.text());
            List<SearchHit> hits = new ArrayList<>();
            for (Library library : searched) {
                hits.addAll(search(library, typed));
            }
            if (searched.size() > 1) { // merged by similarity whatever the order asked for (each library is ordered alone)
                hits.sort(Comparator.comparingDouble(SearchHit::similarity).reversed());
                hits = hits.subList(0, Math.min(query.count(), hits.size()));
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            found.accept(new SearchResults(query.label(), libraryName == null ? "*" : libraryName, hits,
                    (System.nanoTime() - start) / 1_000_000, query.picture() == null ? null : query.encoder()));
            return Status.OK_STATUS;
        } catch (QuerySyntaxException e) {
            failed.accept(e.getMessage()); // the user's typing, not a failure to log
            return Status.OK_STATUS;
        } catch (UnreadableImageException e) {
            return fail(NLS.bind(Messages.query_unreadable, dev.scry.ui.UserWords.of(e)), e);
        } catch (LibraryException e) {
            return fail(dev.scry.ui.UserWords.of(e), e);
        } catch (RuntimeException e) {
            return fail(NLS.bind(Messages.error_searchFailed, libraryName == null ? "*" : libraryName, Messages.error_unexpected), e);
        }
    }

    private IStatus fail(String sentence, Exception cause) {
        failed.accept(sentence);
        return dev.scry.ui.Failure.logged(SearchJob.class, sentence, cause);
    }

    private List<SearchHit> search(Library library, SearchQuery typed) throws LibraryException, UnreadableImageException {
        if (query.picture() != null) {
            LibrarySearch search = libraries.search(query.encoder());
            SearchFilter filter = typed.filter(SearchFilter.NONE);
            return QuerySearch.ordered(libraries.open(), library, query.region() == null
                    ? search.similarTo(library, query.picture(), query.count(), query.minimum(), filter)
                    : search.similarTo(library, search.picture(query.picture(), query.region()), query.count(), query.minimum(),
                            filter), typed.order());
        }
        java.util.Optional<dev.scry.encoder.TextEncoder> semantic = query.encoder() == null ? libraries.textEncoderFor(library)
                : libraries.textEncoder(query.encoder());
        return QuerySearch.search(libraries.open(), library, typed, semantic, query.count(), query.minimum(), SearchFilter.NONE);
    }
}
