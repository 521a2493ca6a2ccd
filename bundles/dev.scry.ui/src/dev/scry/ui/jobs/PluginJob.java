package dev.scry.ui.jobs;

import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import dev.scry.plugins.PluginException;

/**
 * One operation of the plugin installer (read a repository's features, install, remove) in the
 * background, with {@link SubMonitor} progress that the dialog shows as it goes ({@link Progress}) and
 * p2's cancellation. It hands on its result or the installer's failure (whose message is the sentence
 * the user reads); a cancelled operation hands on neither and changes nothing. Operations on the
 * installation run one at a time ({@link #RULE}); they belong to {@link #FAMILY}.
 *
 * @param <T> what the operation gives
 */
public final class PluginJob<T> extends Job {
    /** The family of all plugin operations. */
    public static final Object FAMILY = PluginJob.class;

    /** The installation: one plugin operation at a time. */
    private static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }
    };

    /** The operation, given the job's progress. */
    @FunctionalInterface
    public interface Operation<T> {
        T run(IProgressMonitor monitor) throws PluginException;
    }

    /** Where the operation stands: the share done (0 to 1) and what it does now. */
    @FunctionalInterface
    public interface Progress {
        void shown(double done, String task);
    }

    private final Operation<T> operation;
    private final Progress progress;
    private final BiConsumer<T, PluginException> finished;

    /**
     * @param finished given the result, or the failure; called in the job's thread, neither when cancelled
     */
    public PluginJob(String name, Operation<T> operation, Progress progress, BiConsumer<T, PluginException> finished) {
        super(name);
        this.operation = operation;
        this.progress = progress;
        this.finished = finished;
        setRule(RULE);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        T result;
        try {
            result = operation.run(SubMonitor.convert(new Shown(monitor, progress), getName(), 1).split(1));
        } catch (PluginException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            finished.accept(null, e);
            return Status.OK_STATUS; // the dialog shows the sentence: no second dialog from the job manager
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        finished.accept(result, null);
        return Status.OK_STATUS;
    }

    /** The job's monitor, telling {@link Progress} the share done and the task at each step. */
    private static final class Shown extends ProgressMonitorWrapper {
        private final Progress progress;
        private double total = 1;
        private double done;
        private String task = "";

        Shown(IProgressMonitor monitor, Progress progress) {
            super(monitor);
            this.progress = progress;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            total = totalWork <= 0 ? 1 : totalWork;
            task = name == null ? "" : name;
            progress.shown(0, task);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            done += work;
            progress.shown(Math.min(1, done / total), task);
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            if (name != null && !name.isBlank()) {
                task = name;
                progress.shown(Math.min(1, done / total), task);
            }
        }
    }
}
