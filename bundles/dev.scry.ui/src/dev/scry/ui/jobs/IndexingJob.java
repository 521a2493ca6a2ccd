package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.library.IndexReport;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.ui.Messages;

/**
 * Adds folders to a library and indexes them. Progress goes to the job's monitor and to a listener
 * (the Library view); the job is cancelled between pictures. Belongs to {@link #FAMILY}.
 */
public final class IndexingJob extends Job {
    /** The family of all indexing jobs, for {@code IJobManager.join} and cancel-all. */
    public static final Object FAMILY = IndexingJob.class;

    private final Libraries libraries;
    private final String libraryName;
    private final List<Path> paths;
    private final Consumer<String> progress;
    private volatile IndexReport report;

    public IndexingJob(Libraries libraries, String libraryName, List<Path> paths, Consumer<String> progress) {
        super(NLS.bind(Messages.job_index, libraryName));
        this.libraries = libraries;
        this.libraryName = libraryName;
        this.paths = List.copyOf(paths);
        this.progress = progress;
        setRule(new LibraryRule(libraryName));
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the run did, once it has finished; null before. */
    public IndexReport report() {
        return report;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Library library = libraries.catalog().get(libraryName);
            Reporting reporting = new Reporting(monitor);
            if (paths.isEmpty()) {
                report = libraries.indexer().sync(library, libraries.catalog(), reporting);
            } else {
                library = libraries.catalog().addPictureFolders(library, paths);
                report = libraries.indexer().index(library, paths, reporting);
            }
            progress.accept(NLS.bind(Messages.library_indexed, libraryName, report.summary()));
            return report.wasCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (LibraryException e) {
            progress.accept(NLS.bind(Messages.library_error, e.getMessage()));
            return Status.error(e.getMessage(), e);
        }
    }

    /** Passes sub-task names on to the listener as they come. */
    private final class Reporting extends ProgressMonitorWrapper {
        Reporting(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            progress.accept(NLS.bind(Messages.library_indexing, libraryName, name));
        }
    }

}
