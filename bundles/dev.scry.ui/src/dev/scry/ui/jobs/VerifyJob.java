package dev.scry.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.clip.InstalledModel;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelException;
import dev.scry.encoder.clip.ModelInstaller;
import dev.scry.ui.Messages;

/**
 * Checks every file of an installed model against the SHA-256 its descriptor records
 * ({@link ModelInstaller#verify}) and hands on the result: whether all is well and one line per file in
 * words. A model that cannot be checked is logged and ends with an error status.
 */
public final class VerifyJob extends Job {
    /** The result: whether every file is intact, the lines to show (a summary, then one per file) and the first bad file's path, or "". */
    public record Result(boolean intact, List<String> lines, String firstProblem) {
    }

    private final ModelCatalog catalog;
    private final InstalledModel model;
    private final String label;
    private final Consumer<Result> finished;

    public VerifyJob(ModelCatalog catalog, InstalledModel model, String label, Consumer<Result> finished) {
        super(NLS.bind(Messages.job_verify, label));
        this.catalog = catalog;
        this.model = model;
        this.label = label;
        this.finished = finished;
        setRule(new ModelRule(model.id()));
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<ModelInstaller.FileCheck> checks = new ModelInstaller(catalog).verify(model, monitor);
            boolean intact = checks.stream().allMatch(ModelInstaller.FileCheck::ok);
            List<String> lines = new ArrayList<>();
            lines.add(NLS.bind(intact ? Messages.models_verifyOk : Messages.models_verifyDamaged, label));
            String first = "";
            for (ModelInstaller.FileCheck check : checks) {
                String line = NLS.bind(switch (check.status()) {
                    case OK -> Messages.models_fileOk;
                    case MISSING -> Messages.models_fileMissing;
                    case MISMATCH -> Messages.models_fileMismatch;
                    case NO_CHECKSUM -> Messages.models_fileNoChecksum;
                }, check.file().path());
                lines.add(line);
                if (!check.ok() && first.isEmpty()) {
                    first = check.file().path();
                }
            }
            finished.accept(new Result(intact, lines, first));
            return Status.OK_STATUS;
        } catch (ModelException e) {
            String sentence = NLS.bind(Messages.models_verifyFailed, label, e.getMessage());
            finished.accept(new Result(false, List.of(sentence), ""));
            return dev.scry.ui.Failure.logged(VerifyJob.class, sentence, e);
        }
    }
}
