package dev.scry.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.plugins.Plugin;
import dev.scry.plugins.PluginException;
import dev.scry.plugins.PluginInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scry plugins list|install|update|remove}: plugins (features of p2 repositories) in this
 * installation, through p2. A change is used from the next start of Scry on.
 */
@Command(name = "plugins", description = "List, install, update and remove plugins (p2 features: encoders, exporters, views).",
        subcommands = { PluginsCommand.ListPlugins.class, PluginsCommand.Install.class, PluginsCommand.Update.class,
                PluginsCommand.Remove.class })
final class PluginsCommand {
    private static final String NEXT_START = "the next start of Scry uses it (restart a running workbench or scry serve)";

    @ParentCommand
    ScryCommand scry;

    /** The installer of the running framework, or null after saying why there is none. */
    PluginInstaller installer() throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(PluginsCommand.class);
        if (bundle != null && bundle.getBundleContext() != null) {
            ServiceTracker<PluginInstaller, PluginInstaller> tracker = new ServiceTracker<>(bundle.getBundleContext(), PluginInstaller.class, null);
            tracker.open();
            PluginInstaller installer = tracker.waitForService(TimeUnit.SECONDS.toMillis(15));
            if (installer != null) {
                return installer;
            }
        }
        scry.err.println("scry: this installation cannot install plugins: its p2 installer did not start");
        return null;
    }

    int failed(PluginException e) {
        scry.err.println("scry: " + e.getMessage());
        return e.kind() == PluginException.Kind.NOT_FOUND ? ExitCodes.NOT_FOUND : ExitCodes.ERROR;
    }

    /** What a subcommand does with the installer, reporting to {@code progress}; its exit code. */
    interface Operation {
        int run(PluginInstaller installer, ConsoleProgress progress) throws PluginException;
    }

    /** Runs {@code operation} on the framework's installer: an error when there is none, the reason when it fails. */
    int run(Operation operation) throws InterruptedException {
        PluginInstaller installer = installer();
        if (installer == null) {
            return ExitCodes.ERROR;
        }
        try {
            return operation.run(installer, new ConsoleProgress(scry.err, scry.terminal));
        } catch (PluginException e) {
            return failed(e);
        }
    }

    /** Prints {@code verb} and each plugin changed, then that the next start uses them. */
    int changed(String verb, List<Plugin> changed) {
        for (Plugin plugin : changed) {
            scry.out.println(verb + " " + plugin.describe());
        }
        scry.out.println(NEXT_START);
        return ExitCodes.OK;
    }

    /** The options that say how far unsigned and unknown-signer plugins are trusted. */
    static final class TrustOptions {
        @Option(names = "--trust-unsigned", description = "Install unsigned jars too (they are refused otherwise): only for a plugin whose source you trust.")
        boolean unsigned;

        @Option(names = "--trust-signer", paramLabel = "SHA256", description = "Accept jars signed with this certificate (its SHA-256 fingerprint, as a refusal shows it) beside those Java's trust store knows; again for more.")
        List<String> signers = List.of();

        PluginInstaller.Trust trust() {
            return new PluginInstaller.Trust(unsigned, new LinkedHashSet<>(signers));
        }
    }

    @Command(name = "list", description = "List the plugins installed: id, version, name and provider, and the repository each came from.")
    static final class ListPlugins implements Callable<Integer> {
        @ParentCommand
        PluginsCommand plugins;

        @Override
        public Integer call() throws InterruptedException {
            return plugins.run((installer, progress) -> {
                List<Plugin> installed = installer.list();
                if (installed.isEmpty()) {
                    plugins.scry.err.println("no plugins installed; 'scry plugins install REPOSITORY' installs one");
                }
                for (Plugin plugin : installed) {
                    plugins.scry.out.println(plugin.id() + "\t" + plugin.version() + "\t" + plugin.name()
                            + (plugin.provider().isEmpty() ? "" : " (from " + plugin.provider() + ")") + "\t" + plugin.repository());
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "install", description = "Install a plugin from a p2 repository (a folder, a zip of one, or a file:, http: or https: address):"
            + " the feature named, or every feature the repository has. Only that repository is read; unsigned jars are refused"
            + " unless --trust-unsigned; a plugin that does not resolve is reported with what it misses, and nothing changes.")
    static final class Install implements Callable<Integer> {
        @ParentCommand
        PluginsCommand plugins;

        @Parameters(index = "0", paramLabel = "REPOSITORY", description = "The p2 repository: a folder, a zip, or a file:, http: or https: address.")
        String repository;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FEATURE", description = "The feature to install (default: every feature of the repository).")
        String feature;

        @picocli.CommandLine.Mixin
        TrustOptions trust = new TrustOptions();

        @Override
        public Integer call() throws InterruptedException {
            Path workingDirectory = plugins.scry.caller.workingDirectory() == null ? Path.of("").toAbsolutePath()
                    : plugins.scry.caller.workingDirectory();
            return plugins.run((installer, progress) -> plugins.changed("installed",
                    installer.install(repository, workingDirectory, Optional.ofNullable(feature), trust.trust(), progress)));
        }
    }

    @Command(name = "update", description = "Install the newer version of each plugin that the repository it came from has.")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        PluginsCommand plugins;

        @picocli.CommandLine.Mixin
        TrustOptions trust = new TrustOptions();

        @Override
        public Integer call() throws InterruptedException {
            return plugins.run((installer, progress) -> {
                List<Plugin> updated = installer.update(trust.trust(), progress);
                if (updated.isEmpty()) {
                    plugins.scry.out.println("every plugin is up to date");
                    return ExitCodes.OK;
                }
                return plugins.changed("updated", updated);
            });
        }
    }

    @Command(name = "remove", description = "Remove an installed plugin (libraries keep their other encoders' vectors).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        PluginsCommand plugins;

        @Parameters(paramLabel = "ID", description = "The plugin's id, as 'scry plugins list' shows it.")
        String id;

        @Override
        public Integer call() throws InterruptedException {
            return plugins.run((installer, progress) -> {
                Plugin removed = installer.remove(id, progress);
                plugins.scry.out.println("removed " + removed.describe());
                plugins.scry.out.println("the next start of Scry is without it (restart a running workbench or scry serve)");
                return ExitCodes.OK;
            });
        }
    }
}
