package dev.scry.ui.jobs;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.clip.DownloadState;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.ModelException;
import dev.scry.encoder.clip.ModelInstaller;
import dev.scry.ui.Messages;

/**
 * Downloads, verifies and installs a model ({@link ModelInstaller#install}); its live {@link #state()}
 * shows the bytes, the rate and the time left. Cancelling it stops the download at the next buffer and
 * keeps what arrived, which the next install of the model resumes. It hands on a sentence saying how it
 * ended; a failure is logged and ends with an error status. Belongs to {@link #FAMILY}.
 */
public final class InstallJob extends Job {
    /** The family of all model installs. */
    public static final Object FAMILY = InstallJob.class;

    /** How an install ended: whether the model is installed now, and the sentence for the user. */
    public record Outcome(boolean installed, String sentence) {
    }

    private final ModelCatalog catalog;
    private final ModelDescriptor descriptor;
    private final Consumer<Outcome> finished;
    private volatile DownloadState state;

    public InstallJob(ModelCatalog catalog, ModelDescriptor descriptor, Consumer<Outcome> finished) {
        super(NLS.bind(Messages.job_install, descriptor.label()));
        this.catalog = catalog;
        this.descriptor = descriptor;
        this.finished = finished;
        setRule(new ModelRule(descriptor.id()));
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /** Where the download stands, or null before the first byte. */
    public DownloadState state() {
        return state;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String label = descriptor.label();
        try {
            new ModelInstaller(catalog).listener(s -> state = s).install(descriptor, false, monitor);
            finished.accept(new Outcome(true, NLS.bind(Messages.models_installed, label)));
            return Status.OK_STATUS;
        } catch (ModelException e) {
            if (monitor.isCanceled()) {
                finished.accept(new Outcome(false, NLS.bind(Messages.models_cancelled, label)));
                return Status.CANCEL_STATUS;
            }
            String sentence = switch (e.kind()) {
                case MISMATCH -> NLS.bind(Messages.models_mismatch, label, e.file());
                case EXPORT_FIRST -> NLS.bind(Messages.models_exportFirst, label, descriptor.id());
                case OTHER -> NLS.bind(Messages.models_failed, label, e.getMessage());
            };
            finished.accept(new Outcome(false, sentence));
            return dev.scry.ui.Failure.logged(InstallJob.class, sentence, e);
        } catch (RuntimeException e) {
            String sentence = NLS.bind(Messages.models_failed, label, Messages.error_unexpected);
            finished.accept(new Outcome(false, sentence));
            return dev.scry.ui.Failure.logged(InstallJob.class, sentence, e);
        }
    }

    /** A download's state in words: "12.3 of 40.0 MB • 2.1 MB/s • 10s left". */
    public static String describe(DownloadState state) {
        if (state == null) {
            return Messages.models_progressStarting;
        }
        String rate = megabytes(state.bytesPerSecond());
        if (state.total() <= 0) {
            return NLS.bind(Messages.models_progressUnknown, megabytes(state.done()), rate);
        }
        long left = state.secondsLeft();
        if (left < 0) { // no rate yet: the first half second, or a stalled connection
            return NLS.bind(Messages.models_progressNoRate, megabytes(state.done()), megabytes(state.total()));
        }
        return NLS.bind(Messages.models_progress, new Object[] { megabytes(state.done()), megabytes(state.total()), rate,
                duration(left) });
    }

    /** Bytes as megabytes with one decimal: "12.3 MB". */
    public static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String duration(long s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
