package dev.scry.plugins;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;

/**
 * Takes out of the bundle pool the artifacts (a removed plugin's jars and feature folders) that the
 * profile referenced before a change and no longer does, once the change has committed: their files
 * are deleted and their entries leave the pool's index ({@code artifacts.xml}). Artifacts the profile
 * still uses (Scry's own, another plugin's) are kept. p2's own garbage collector is not used: it did not
 * take the removed plugin's jar here (it also keeps what earlier profile states reference).
 */
final class UnusedArtifacts {
    private UnusedArtifacts() {
    }

    /**
     * Deletes from the session's bundle pool what was referenced {@code before} (the {@link #keys} of the
     * profile before the change) and the profile, as it is now, does not reference.
     *
     * @return the files deleted
     */
    static List<Path> delete(ProfileSession session, Set<IArtifactKey> before, IProgressMonitor monitor) throws ProvisionException {
        IProfile after = session.agent().getService(org.eclipse.equinox.p2.engine.IProfileRegistry.class).getProfile(session.profile().getProfileId());
        Set<IArtifactKey> unused = new HashSet<>(before);
        if (after != null) {
            unused.removeAll(keys(after));
        }
        List<Path> deleted = new ArrayList<>();
        if (unused.isEmpty()) {
            return deleted;
        }
        IArtifactRepository pool = session.agent().getService(IArtifactRepositoryManager.class).loadRepository(session.pool().toUri(), monitor);
        if (!(pool instanceof IFileArtifactRepository files)) {
            return deleted;
        }
        for (IArtifactKey key : unused) {
            File file = files.getArtifactFile(key);
            files.removeDescriptor(key, monitor); // deletes the file too, for a local repository
            if (file != null) {
                Path path = file.toPath();
                if (Files.exists(path)) {
                    deleteTree(path);
                }
                deleted.add(path);
            }
        }
        return deleted;
    }

    /** The artifacts {@code profile} references. */
    static Set<IArtifactKey> keys(IProfile profile) {
        Set<IArtifactKey> keys = new HashSet<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
            keys.addAll(unit.getArtifacts());
        }
        return keys;
    }

    private static void deleteTree(Path path) {
        try (var all = Files.walk(path)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // left for the next removal: never started, as bundles.info no longer names it
        }
    }
}
