package dev.scry.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * One operation's agent, the profile it changes, the bundle pool the jars go to, the p2 data folder where
 * the profile is kept, and the one repository it reads (or null).
 */
record ProfileSession(IProvisioningAgent agent, IProfile profile, Path pool, Path p2, URI repository) implements AutoCloseable {
    /**
     * Takes the repository out of p2's lists of known repositories (the planner and the engine add it). Best
     * effort: p2 may still have written it to the profile's preferences. That list is not used for contacting
     * anything: each operation reads only the repository it is given ({@link NamedRepositoryTransport}).
     */
    @Override
    public void close() {
        if (repository != null) {
            agent.getService(IMetadataRepositoryManager.class).removeRepository(repository);
            agent.getService(IArtifactRepositoryManager.class).removeRepository(repository);
        }
    }

    IPlanner planner() {
        return agent.getService(IPlanner.class);
    }

    IMetadataRepository load(RepositorySource source) throws PluginException {
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        try {
            return manager.loadRepository(source.location(), null);
        } catch (ProvisionException e) {
            throw new PluginException(PluginException.Kind.NOT_FOUND, source.named() + ": not a p2 repository ("
                    + String.join("; ", PlanProblems.of(e.getStatus())) + ")", e);
        }
    }

    /** Plans and performs {@code request} with {@code trust}; on any failure the installation is left as it was. */
    void perform(IProfileChangeRequest request, PluginInstaller.Trust trust, String what, IProgressMonitor monitor) throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        writable();
        URI[] repositories = repository == null ? new URI[0] : new URI[] { repository };
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repositories);
        context.setArtifactRepositories(repositories);
        context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
        IProvisioningPlan plan = planner().getProvisioningPlan(request, context, progress.split(3));
        if (plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
            throw new PluginException(PluginException.Kind.UNRESOLVED, what + " cannot be installed in this Scry:\n  "
                    + String.join("\n  ", PlanProblems.of(plan.getStatus())));
        }
        SignatureTrust answer = new SignatureTrust(trust.unsigned(), trust.signerFingerprints());
        agent.registerService(UIServices.SERVICE_NAME, answer);
        InstallationFiles files;
        try {
            files = InstallationFiles.of(pool);
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.FAILED, "cannot read " + pool + ": " + e.getMessage(), e);
        }
        IStatus status = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), progress.split(7));
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            try {
                files.removeAdded();
            } catch (IOException e) {
                status = new org.eclipse.core.runtime.MultiStatus("dev.scry.plugins", 0, new IStatus[] { status },
                        status.getMessage() + "; and the downloaded jars could not all be taken out again: " + e.getMessage(), e);
            }
            if (!answer.refusedUnsigned().isEmpty() || !answer.refusedSigners().isEmpty()) {
                throw new PluginException(PluginException.Kind.UNTRUSTED, refusal(what, answer),
                        new PluginException.Refusal(answer.refusedUnsigned(), answer.refusedSigners()));
            }
            throw new PluginException(PluginException.Kind.FAILED, what + " could not be installed: "
                    + String.join("; ", PlanProblems.of(status)));
        }
    }

    private static String refusal(String what, SignatureTrust answer) {
        StringBuilder text = new StringBuilder("refused " + what + ":");
        if (!answer.refusedUnsigned().isEmpty()) {
            text.append("\n  not signed: ").append(String.join(", ", answer.refusedUnsigned()))
                    .append(" (install it anyway with --trust-unsigned if you trust where it comes from)");
        }
        for (PluginException.Signer signer : answer.refusedSigners()) {
            text.append("\n  signed by an unknown signer: ").append(signer.describe());
        }
        return text.toString();
    }

    private void writable() throws PluginException {
        for (Path folder : List.of(pool, pool.resolve("plugins"), pool.resolve("features"), p2)) {
            if (Files.exists(folder) && !Files.isWritable(folder)) {
                throw new PluginException(PluginException.Kind.NOT_INSTALLABLE, "cannot change this installation: " + folder
                        + " cannot be written (unpack Scry into a folder you own, or run this as its owner)");
            }
        }
    }
}
