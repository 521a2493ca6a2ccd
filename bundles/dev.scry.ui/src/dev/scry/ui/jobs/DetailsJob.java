package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.index.ImageRecord;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.PictureDetails;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;

/**
 * Reads what a library's index holds about one picture file, off the UI thread, for the Details view:
 * hands on the record (empty when the library does not hold the file any more), or the sentence why
 * it cannot be read, which is logged too. The library is the one searched, or for a search of every
 * library the first that holds the file.
 */
public final class DetailsJob extends Job {
    /** What was found: the record, and the library that holds it (null with no record). */
    public record Found(Optional<ImageRecord> record, Library library) {
    }

    private final Libraries libraries;
    private final String libraryName;
    private final Path picture;
    private final Consumer<Found> found;
    private final Consumer<String> failed;

    public DetailsJob(Libraries libraries, String libraryName, Path picture, Consumer<Found> found, Consumer<String> failed) {
        super(NLS.bind(Messages.job_preview, picture.getFileName()));
        this.libraries = libraries;
        this.libraryName = libraryName;
        this.picture = picture;
        this.found = found;
        this.failed = failed;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            for (Library library : libraries.catalog().list()) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (libraryName == null || libraryName.equals(library.name())) {
                    Optional<ImageRecord> record = PictureDetails.of(libraries.open(), library, picture);
                    if (record.isPresent()) {
                        found.accept(new Found(record, library));
                        return Status.OK_STATUS;
                    }
                }
            }
            found.accept(new Found(Optional.empty(), null));
            return Status.OK_STATUS;
        } catch (LibraryException e) {
            String sentence = UserWords.of(e);
            failed.accept(sentence);
            return Failure.logged(DetailsJob.class, sentence, e);
        }
    }
}
