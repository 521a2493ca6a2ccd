package dev.scry.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lists, installs, updates and removes plugins in the running Scry's own p2 profile (the one the build
 * materialized, {@code eclipse.p2.profile} in its config.ini): each is a feature of a p2 repository the
 * user names, installed as a root of the profile marked as a plugin. The planner resolves it against
 * what is installed; p2's certificate check runs before anything is installed, with
 * {@link SignatureTrust} as its answer. An operation that fails changes nothing (p2 rolls the profile
 * back, and the jars it had downloaded are taken out again). The running framework is not changed: the
 * next start of Scry has the plugin, as after an install in Eclipse.
 */
@Component(service = PluginInstaller.class)
public final class PluginInstaller {
    /** The profile property of the plugins' features, so that Scry's own features are never listed nor removed. */
    static final String PLUGIN = "dev.scry.plugin";
    /** The profile property naming the repository a plugin came from. */
    static final String REPOSITORY = "dev.scry.plugin.repository";
    private static final String GROUP = ".feature.group";

    private final IProvisioningAgentProvider agents;
    private final BundleContext context;

    /**
     * @param agents  p2's agent provider (getting it starts p2, which registers the running system's agent)
     * @param context this bundle's context, where the running system's agent is found
     */
    @Activate
    public PluginInstaller(@Reference IProvisioningAgentProvider agents, BundleContext context) {
        this.agents = agents;
        this.context = context;
    }

    /** How far the user trusts what is installed: unsigned jars, and signers beside the Java trust store's. */
    public record Trust(boolean unsigned, Set<String> signerFingerprints) {
        /** Signed jars of known signers only. */
        public static final Trust SIGNED_ONLY = new Trust(false, Set.of());
    }

    /** The plugins installed, by id. */
    public List<Plugin> list() throws PluginException {
        ProfileSession session = open(null);
        return plugins(session.profile());
    }

    /**
     * The features the repository {@code given} names offers (a folder, a zip, a file: or http(s): address;
     * paths read from {@code workingDirectory}), latest versions, by id: what {@link #install} can install.
     */
    public List<Plugin> available(String given, Path workingDirectory, IProgressMonitor monitor) throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + given, 1);
        try (RepositorySource source = RepositorySource.of(given, workingDirectory); ProfileSession session = open(source.location())) {
            return features(session, source, Optional.empty(), progress.split(1)).stream().map(u -> plugin(u, source.named())).toList();
        }
    }

    /**
     * Installs the feature {@code feature} of the repository {@code given} names (a folder, a zip, a
     * file: or http(s): address; paths read from {@code workingDirectory}), or every feature in it
     * when {@code feature} is empty.
     *
     * @return the plugins installed
     */
    public List<Plugin> install(String given, Path workingDirectory, Optional<String> feature, Trust trust, IProgressMonitor monitor)
            throws PluginException {
        SubMonitor progress = SubMonitor.convert(monitor, "Installing plugins", 10);
        try (RepositorySource source = RepositorySource.of(given, workingDirectory); ProfileSession session = open(source.location())) {
            List<IInstallableUnit> chosen = features(session, source, feature, progress.split(2));
            List<Plugin> installed = plugins(session.profile());
            for (IInstallableUnit unit : chosen) {
                String id = idOf(unit);
                if (installed.stream().anyMatch(p -> p.id().equals(id))) {
                    throw new PluginException(PluginException.Kind.FAILED, id + " is installed already; 'scry plugins update' takes a newer version");
                }
            }
            IProfileChangeRequest request = session.planner().createChangeRequest(session.profile());
            for (IInstallableUnit unit : chosen) {
                request.add(unit);
                markAsPlugin(request, unit, source.named());
            }
            session.perform(request, trust, describe(chosen, source.named()), progress.split(8));
            return chosen.stream().map(u -> plugin(u, source.named())).toList();
        }
    }

    /**
     * Installs a newer version of every plugin from the repository it came from, when there is one.
     *
     * @return the plugins updated, in their new versions
     */
    public List<Plugin> update(Trust trust, IProgressMonitor monitor) throws PluginException {
        List<Plugin> current = list();
        SubMonitor progress = SubMonitor.convert(monitor, "Updating plugins", Math.max(1, current.size()));
        List<Plugin> updated = new ArrayList<>();
        for (Plugin plugin : current) {
            URI from = plugin.repository();
            String given = "file".equals(from.getScheme()) ? Path.of(from).toString() : from.toString();
            try (RepositorySource source = RepositorySource.of(given, Path.of("")); ProfileSession session = open(source.location())) {
                IMetadataRepository repository = session.load(source);
                Optional<IInstallableUnit> newest = repository.query(
                        QueryUtil.createLatestQuery(QueryUtil.createIUQuery(plugin.id() + GROUP)), null).stream().findFirst();
                IInstallableUnit old = session.profile().query(QueryUtil.createIUQuery(plugin.id() + GROUP), null).stream().findFirst()
                        .orElseThrow();
                if (newest.isEmpty() || newest.get().getVersion().compareTo(old.getVersion()) <= 0) {
                    progress.split(1);
                    continue;
                }
                IProfileChangeRequest request = session.planner().createChangeRequest(session.profile());
                request.remove(old);
                request.add(newest.get());
                markAsPlugin(request, newest.get(), source.named());
                Set<IArtifactKey> before = UnusedArtifacts.keys(session.profile());
                session.perform(request, trust, describe(List.of(newest.get()), source.named()), progress.split(1));
                deleteUnused(session, before);
                        updated.add(plugin(newest.get(), source.named()));
            }
        }
        return updated;
    }

    /** Removes the plugin {@code id} (a feature id, with or without {@code .feature.group}). */
    public Plugin remove(String id, IProgressMonitor monitor) throws PluginException {
        String plain = id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
        ProfileSession session = open(null);
        Optional<IInstallableUnit> unit = pluginUnits(session.profile()).stream().filter(u -> idOf(u).equals(plain)).findFirst();
        if (unit.isEmpty()) {
            List<String> ids = plugins(session.profile()).stream().map(Plugin::id).toList();
            throw new PluginException(PluginException.Kind.NOT_FOUND, "no plugin '" + plain + "' is installed"
                    + (ids.isEmpty() ? " (none are)" : " (installed: " + String.join(", ", ids) + ")"));
        }
        Plugin plugin = plugin(unit.get(), URI.create(Optional.ofNullable(session.profile().getInstallableUnitProperty(unit.get(), REPOSITORY)).orElse("")));
        IProfileChangeRequest request = session.planner().createChangeRequest(session.profile());
        request.remove(unit.get());
        Set<IArtifactKey> before = UnusedArtifacts.keys(session.profile());
        session.perform(request, Trust.SIGNED_ONLY, plugin.describe(), SubMonitor.convert(monitor, "Removing " + plain, 1));
        deleteUnused(session, before);
        return plugin;
    }

    /**
     * After a committed change, the jars of the plugin versions it took out leave the bundle pool. Best effort:
     * the change is done whatever happens here, and a jar left behind is never started (bundles.info no
     * longer names it).
     */
    private static void deleteUnused(ProfileSession session, Set<IArtifactKey> before) {
        try {
            UnusedArtifacts.delete(session, before, null);
        } catch (ProvisionException | RuntimeException e) {
            // kept: unused, and the next removal tries again only for its own plugin
        }
    }

    private static void markAsPlugin(IProfileChangeRequest request, IInstallableUnit unit, URI repository) {
        request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(unit, PLUGIN, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(unit, REPOSITORY, repository.toString());
    }

    private static List<IInstallableUnit> features(ProfileSession session, RepositorySource source, Optional<String> feature, IProgressMonitor monitor)
            throws PluginException {
        IMetadataRepository repository = session.load(source);
        List<IInstallableUnit> groups = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).stream()
                .filter(u -> u.getId().endsWith(GROUP)).sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
        if (groups.isEmpty()) {
            throw new PluginException(PluginException.Kind.NOT_FOUND, source.named() + ": the repository has no feature to install");
        }
        if (feature.isEmpty()) {
            return groups;
        }
        String wanted = feature.get().endsWith(GROUP) ? feature.get() : feature.get() + GROUP;
        List<IInstallableUnit> match = groups.stream().filter(u -> u.getId().equals(wanted)).toList();
        if (match.isEmpty()) {
            throw new PluginException(PluginException.Kind.NOT_FOUND, source.named() + ": the repository has no feature '" + feature.get()
                    + "' (it has: " + String.join(", ", groups.stream().map(PluginInstaller::idOf).toList()) + ")");
        }
        return match;
    }

    private static String describe(List<IInstallableUnit> units, URI repository) {
        return String.join("; ", units.stream().map(u -> plugin(u, repository).describe()).toList());
    }

    private static List<IInstallableUnit> pluginUnits(IProfile profile) {
        return profile.query(new IUProfilePropertyQuery(PLUGIN, Boolean.TRUE.toString()), null).stream()
                .sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
    }

    private static List<Plugin> plugins(IProfile profile) {
        return pluginUnits(profile).stream()
                .map(u -> plugin(u, URI.create(Optional.ofNullable(profile.getInstallableUnitProperty(u, REPOSITORY)).orElse(""))))
                .toList();
    }

    private static Plugin plugin(IInstallableUnit unit, URI repository) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
        return new Plugin(idOf(unit), unit.getVersion().toString(), name == null || name.isBlank() ? idOf(unit) : name,
                provider == null ? "" : provider, repository);
    }

    private static String idOf(IInstallableUnit unit) {
        String id = unit.getId();
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    /** The running installation's agent and profile, with the transport for {@code repository} (none: no repository is read). */
    private ProfileSession open(URI repository) throws PluginException {
        IProvisioningAgent agent = runningSystemsAgent();
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new PluginException(PluginException.Kind.NOT_INSTALLABLE,
                    "this installation has no p2 profile (eclipse.p2.profile in configuration/config.ini), so plugins cannot be installed into it");
        }
        Path installation = Path.of(profile.getProperty(IProfile.PROP_INSTALL_FOLDER)).toAbsolutePath().normalize();
        // the bundle pool the jars go to: the installation, or the user's own area when the installation is
        // shared (read-only, its configuration cascaded from the user's; p2's surrogate profile)
        Path pool = Optional.ofNullable(profile.getProperty(IProfile.PROP_CACHE)).map(Path::of).orElse(installation).toAbsolutePath().normalize();
        IAgentLocation data = agent.getService(IAgentLocation.class);
        Path p2 = data == null ? installation.resolve("p2") : Path.of(data.getRootLocation());
        agent.registerService(Transport.SERVICE_NAME,
                new NamedRepositoryTransport(repository == null ? pool.toUri() : repository, installation, pool));
        return new ProfileSession(agent, profile, pool, p2, repository);
    }

    /** The agent p2 made for the running installation (with its shared base when the installation is shared), else a new one for it. */
    private IProvisioningAgent runningSystemsAgent() throws PluginException {
        try {
            for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
                IProvisioningAgent agent = context.getService(reference);
                if (agent != null) {
                    return agent;
                }
            }
            return agents.createAgent(null);
        } catch (ProvisionException | InvalidSyntaxException e) {
            throw new PluginException(PluginException.Kind.NOT_INSTALLABLE, "this installation has no p2 data: " + e.getMessage(), e);
        }
    }
}
