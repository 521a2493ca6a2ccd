package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.library.IndexReport;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.ui.Messages;

/**
 * Adds folders to a library and indexes them, or (with no folders) syncs the library with its
 * folders. Its live {@link #report()} shows progress; it is cancelled between pictures; one job per
 * library runs at a time ({@link LibraryRule}). Belongs to {@link #FAMILY}.
 */
public final class IndexingJob extends Job {
    /** The family of all indexing jobs, for {@code IJobManager.join} and cancel-all. */
    public static final Object FAMILY = IndexingJob.class;

    private final Libraries libraries;
    private final String libraryName;
    private final List<Path> paths;
    private final dev.scry.library.FolderLabels labels;
    private final Consumer<String> finished;
    private final IndexReport report = new IndexReport();

    /**
     * {@code finished} receives the summary or the error message, on the job's thread; a failed run is
     * also logged and ends with an error status.
     */
    public IndexingJob(Libraries libraries, String libraryName, List<Path> paths, Consumer<String> finished) {
        this(libraries, libraryName, paths, dev.scry.library.FolderLabels.NONE, finished);
    }

    /** As {@link #IndexingJob(Libraries, String, List, Consumer)}, giving the pictures under {@code paths} the tags and metadata {@code labels}. */
    public IndexingJob(Libraries libraries, String libraryName, List<Path> paths, dev.scry.library.FolderLabels labels,
            Consumer<String> finished) {
        super(NLS.bind(Messages.job_index, libraryName));
        this.labels = labels;
        this.libraries = libraries;
        this.libraryName = libraryName;
        this.paths = List.copyOf(paths);
        this.finished = finished;
        setRule(new LibraryRule(libraryName));
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family.equals(libraryName);
    }

    /** What the run does and did: read it while it runs for progress, after it for the summary and problems. */
    public IndexReport report() {
        return report;
    }

    public String libraryName() {
        return libraryName;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Library library = libraries.catalog().get(libraryName);
            if (paths.isEmpty()) {
                libraries.indexer(library).sync(library, libraries.catalog(), monitor, report);
            } else {
                libraries.indexer(library).add(library, paths, labels, libraries.catalog(), monitor, report);
            }
            finished.accept(dev.scry.ui.UserWords.summary(libraryName, report));
            return report.wasCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (LibraryException e) {
            return fail(dev.scry.ui.UserWords.of(e), e);
        } catch (RuntimeException e) {
            return fail(NLS.bind(Messages.error_indexFailed, libraryName, Messages.error_unexpected), e);
        }
    }

    /** Hands the sentence on, logs it with the exception, and returns the error status. */
    private IStatus fail(String sentence, Exception cause) {
        finished.accept(sentence);
        return dev.scry.ui.Failure.logged(IndexingJob.class, sentence, cause);
    }
}
