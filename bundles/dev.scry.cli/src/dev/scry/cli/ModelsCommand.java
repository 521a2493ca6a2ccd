package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.scry.encoder.clip.ExportedFiles;
import dev.scry.encoder.clip.InstalledModel;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.ModelException;
import dev.scry.encoder.clip.ModelInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry models list|install|verify|remove}: the CLIP-family models in the models folder of the Scry home. */
@Command(name = "models", description = "List, install, verify and remove CLIP-family models (semantic search).",
        subcommands = { ModelsCommand.ListModels.class, ModelsCommand.Install.class, ModelsCommand.Verify.class,
                ModelsCommand.Remove.class })
final class ModelsCommand {
    @ParentCommand
    ScryCommand scry;

    /** The catalog of the models folder of the chosen Scry home. */
    static ModelCatalog catalog(ScryCommand scry) {
        return new ModelCatalog(scry.scryHome().models());
    }

    @Command(name = "list", description = "List the models Scry knows and the models installed, with their state.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Option(names = "--json", description = "One JSON object per model, one per line.")
        boolean json;

        @Override
        public Integer call() {
            ModelCatalog catalog = catalog(models.scry);
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (ModelDescriptor known : catalog.known()) {
                boolean exportFirst = known.files().stream().anyMatch(f -> !f.hasUrl());
                rows.put(known.id(), new String[] { Integer.toString(known.dimension()),
                        exportFirst ? "not installed (export it first: see models/README.md)" : "not installed", known.label() });
            }
            for (InstalledModel installed : catalog.installed()) {
                if (!installed.readable()) {
                    rows.put(installed.id(), new String[] { "-", "broken: " + installed.problem(), "" });
                    continue;
                }
                ModelDescriptor d = installed.descriptor();
                boolean complete = d.files().stream().allMatch(f -> Files.isRegularFile(installed.folder().resolve(f.path())));
                String state = !complete ? "incomplete (files missing)"
                        : catalog.known(d.id()).isPresent() ? "installed" : "installed (custom)";
                rows.put(d.id(), new String[] { Integer.toString(d.dimension()), state, d.label() });
            }
            rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String[] r = e.getValue();
                if (json) {
                    models.scry.out.println("{\"id\": " + Json.string(e.getKey()) + ", \"dimension\": "
                            + (r[0].equals("-") ? "null" : r[0]) + ", \"state\": " + Json.string(r[1]) + ", \"label\": "
                            + Json.string(r[2]) + "}");
                } else {
                    models.scry.out.println(e.getKey() + "\t" + r[0] + " dimensions\t" + r[1] + "\t" + r[2]);
                }
            });
            if (!json) {
                models.scry.out.println("models folder: " + catalog.folder());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "install", description = "Download a model, check every file's SHA-256, load it and install it; nothing is left"
            + " half-installed, and running it again resumes an interrupted download.")
    static final class Install implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Parameters(paramLabel = "ID|DESCRIPTOR", description = "A model id from 'scry models list', or a descriptor file (.properties).")
        String model;

        @Option(names = "--force", description = "Replace the model if it is installed (once the new copy is complete).")
        boolean force;

        @Option(names = "--from", paramLabel = "DIR", description = "Take the files the descriptor has no address for from this"
                + " folder (a model you exported to ONNX, at their paths or by file name); their SHA-256 is recorded.")
        Path from;

        @Override
        public Integer call() throws ModelException {
            ModelCatalog catalog = catalog(models.scry);
            ModelDescriptor descriptor;
            Path file = GivenPath.find(models.scry.path(model));
            if (Files.isRegularFile(file)) {
                descriptor = ModelDescriptor.read(file);
            } else if (model.endsWith(".properties") || model.contains(file.getFileSystem().getSeparator())) {
                models.scry.err.println("scry: " + file + ": no such descriptor file");
                return ExitCodes.NOT_FOUND;
            } else {
                Optional<ModelDescriptor> known = catalog.known(model);
                if (known.isEmpty()) {
                    models.scry.err.println("scry: no model '" + model + "' is known; see 'scry models list', or give a descriptor file");
                    return ExitCodes.NOT_FOUND;
                }
                descriptor = known.get();
            }
            if (from != null) {
                descriptor = ExportedFiles.from(descriptor, from);
            }
            Path folder = new ModelInstaller(catalog).install(descriptor, force,
                    new ConsoleProgress(models.scry.err, models.scry.terminal));
            models.scry.out.println("installed " + descriptor.id() + " in " + folder);
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = "Check the files of installed models against their SHA-256 and load them (ONNX sessions, input and output names).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Models to check (default: all installed).")
        List<String> ids;

        @Override
        public Integer call() throws ModelException {
            ModelCatalog catalog = catalog(models.scry);
            List<InstalledModel> chosen;
            if (ids == null || ids.isEmpty()) {
                chosen = catalog.installed();
            } else {
                chosen = new java.util.ArrayList<>();
                for (String id : ids) {
                    Optional<InstalledModel> installed = catalog.installed(id);
                    if (installed.isEmpty()) {
                        models.scry.err.println("scry: no model '" + id + "' is installed in " + catalog.folder());
                        return ExitCodes.NOT_FOUND;
                    }
                    chosen.add(installed.get());
                }
            }
            boolean ok = true;
            ModelInstaller installer = new ModelInstaller(catalog);
            for (InstalledModel installed : chosen) {
                if (!installed.readable()) {
                    models.scry.out.println(installed.id() + ": broken: " + installed.problem());
                    ok = false;
                    continue;
                }
                List<ModelInstaller.FileCheck> checks = installer.verify(installed, null);
                boolean good = checks.stream().allMatch(ModelInstaller.FileCheck::ok);
                String unloadable = good ? installer.loadProblem(installed) : null;
                good &= unloadable == null;
                models.scry.out.println(installed.id() + ": " + (good ? "ok" : "FAILED"));
                for (ModelInstaller.FileCheck check : checks) {
                    models.scry.out.println("  " + check.describe());
                }
                if (unloadable != null) {
                    models.scry.out.println("  cannot be loaded: " + unloadable);
                }
                ok &= good;
            }
            return ok ? ExitCodes.OK : ExitCodes.ERROR;
        }
    }

    @Command(name = "remove", description = "Remove an installed model and its files.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;

        @Parameters(paramLabel = "ID", description = "The model to remove.")
        String id;

        @Override
        public Integer call() throws ModelException {
            ModelCatalog catalog = catalog(models.scry);
            if (catalog.installed(id).isEmpty()) {
                models.scry.err.println("scry: no model '" + id + "' is installed in " + catalog.folder());
                return ExitCodes.NOT_FOUND;
            }
            new ModelInstaller(catalog).remove(id);
            models.scry.out.println("removed " + id);
            return ExitCodes.OK;
        }
    }
}
