package dev.scry.ui.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;

/**
 * Saves a file off the UI thread (a contact sheet decodes dozens of pictures): a failure is logged,
 * handed on and returned as an error status whose sentence names the file and the reason.
 */
public final class ExportJob extends Job {
    /** What writes the file. */
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private final Path file;
    private final Writer writer;
    private final Consumer<IStatus> failed;

    /** {@code failed} is handed the logged error status of a failure (its sentence names the file and the reason). */
    public ExportJob(Path file, Writer writer, Consumer<IStatus> failed) {
        super(NLS.bind(Messages.job_export, file.getFileName()));
        this.file = file;
        this.writer = writer;
        this.failed = failed;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            writer.write(file);
            if (!Files.exists(file)) {
                throw new java.nio.file.NoSuchFileException(file.toString(), null, Messages.io_noReason);
            }
            return Status.OK_STATUS;
        } catch (IOException e) {
            return fail(NLS.bind(Messages.results_failed, file, UserWords.of(e)), e);
        } catch (RuntimeException e) {
            return fail(NLS.bind(Messages.results_failed, file, Messages.error_unexpected), e);
        }
    }

    private IStatus fail(String sentence, Exception cause) {
        IStatus status = Failure.logged(ExportJob.class, sentence, cause);
        failed.accept(status);
        return status;
    }
}
