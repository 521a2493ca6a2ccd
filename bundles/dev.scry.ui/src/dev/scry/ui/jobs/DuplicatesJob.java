package dev.scry.ui.jobs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.Duplicates;
import dev.scry.library.Libraries;
import dev.scry.library.LibraryException;
import dev.scry.ui.Messages;

/**
 * Finds the groups of copies in one library, off the UI thread. Its work is the library's pictures,
 * one unit a picture looked at ({@link Duplicates#find(dev.scry.library.OpenLibraries, dev.scry.library.Library, String, double, IProgressMonitor)}):
 * {@link #fraction()} says how far it is, for the progress area and the Duplicates view's bar. It is
 * cancelled between pictures. A failure is the job's error status; {@code failed} gets it first.
 */
public final class DuplicatesJob extends Job {
    /** A failure: what the user reads, the exception behind it, and whether it is worth a dialog (on disk or unforeseen). */
    public record Failed(String sentence, Exception cause, boolean dialog) {
    }

    private final Libraries libraries;
    private final String library;
    private final double minimum;
    private final Consumer<List<Duplicates.Group>> found;
    private final java.util.function.Function<Failed, IStatus> failed;
    private volatile double total;
    private volatile double done;

    public DuplicatesJob(Libraries libraries, String library, double minimum, Consumer<List<Duplicates.Group>> found,
            java.util.function.Function<Failed, IStatus> failed) {
        super(NLS.bind(Messages.job_dupes, library));
        this.libraries = libraries;
        this.library = library;
        this.minimum = minimum;
        this.found = found;
        this.failed = failed;
        setUser(true); // shown in the progress area
    }

    /** The library it looks in. */
    public String libraryName() {
        return library;
    }

    /** How much of the work is done, 0 to 1 (0 until the library's pictures are counted). */
    public double fraction() {
        double all = total;
        return all <= 0 ? 0 : Math.min(1, done / all);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            found.accept(Duplicates.find(libraries.open(), libraries.catalog().get(library), EncoderRegistry.FINGERPRINT, minimum,
                    new Counted(monitor)));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (LibraryException e) {
            // a library gone or in use is said in the status line; one that cannot be read also in the dialog
            return failed.apply(new Failed(dev.scry.ui.UserWords.of(e), e, e.kind() == LibraryException.Kind.IO));
        } catch (RuntimeException e) {
            return failed.apply(new Failed(NLS.bind(Messages.dupes_failed, library, Messages.error_unexpected), e, true));
        }
    }

    /** The job's monitor, counting the work reported to it. */
    private final class Counted extends ProgressMonitorWrapper {
        Counted(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
            super.beginTask(name, totalWork);
        }

        @Override
        public void worked(int work) {
            done += work;
            super.worked(work);
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            super.internalWorked(work);
        }
    }
}
