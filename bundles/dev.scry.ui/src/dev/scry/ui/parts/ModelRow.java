package dev.scry.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.clip.InstalledModel;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.ModelFile;
import dev.scry.ui.Messages;
import dev.scry.ui.jobs.InstallJob;

/**
 * One line of the Models view: a model Scry knows or one installed in the models folder, with its state
 * (installed, not installed, partly downloaded, must be exported first, damaged) and its size on disk
 * or to download, in words.
 */
record ModelRow(String id, String label, State state, String stateText, String sizeText, ModelDescriptor descriptor,
        InstalledModel installed) {

    enum State {
        INSTALLED, NOT_INSTALLED, EXPORT_FIRST, DAMAGED
    }

    /** The rows of a catalog, sorted by id; {@code damage} holds what a Verify found wrong, by model id. */
    static List<ModelRow> of(ModelCatalog catalog, Map<String, String> damage) {
        Map<String, ModelRow> rows = new TreeMap<>();
        for (ModelDescriptor known : catalog.known()) {
            rows.put(known.id(), notInstalled(catalog, known));
        }
        for (InstalledModel model : catalog.installed()) {
            rows.put(model.id(), installed(catalog, model, damage.get(model.id())));
        }
        return new ArrayList<>(rows.values());
    }

    private static ModelRow notInstalled(ModelCatalog catalog, ModelDescriptor known) {
        boolean exportFirst = known.files().stream().anyMatch(f -> !f.hasUrl());
        long partial = bytesIn(catalog.folder().resolve(".partial-" + known.id()));
        String state = exportFirst ? Messages.models_stateExportFirst
                : partial > 0 ? NLS.bind(Messages.models_statePartial, InstallJob.megabytes(partial)) : Messages.models_stateNotInstalled;
        boolean sized = known.files().stream().allMatch(f -> f.size() > 0);
        String size = sized ? NLS.bind(Messages.models_sizeDownload, InstallJob.megabytes(known.files().stream().mapToLong(ModelFile::size)
                .sum())) : Messages.models_sizeUnknown;
        return new ModelRow(known.id(), known.label(), exportFirst ? State.EXPORT_FIRST : State.NOT_INSTALLED, state, size, known, null);
    }

    private static ModelRow installed(ModelCatalog catalog, InstalledModel model, String damage) {
        String size = NLS.bind(Messages.models_sizeOnDisk, InstallJob.megabytes(bytesIn(model.folder())));
        if (!model.readable()) {
            return new ModelRow(model.id(), model.id(), State.DAMAGED, NLS.bind(Messages.models_stateDamaged, Messages.models_unreadable), size,
                    null, model);
        }
        ModelDescriptor d = model.descriptor();
        boolean complete = d.files().stream().allMatch(f -> Files.isRegularFile(model.folder().resolve(f.path())));
        if (!complete || damage != null) {
            return new ModelRow(d.id(), d.label(), State.DAMAGED, NLS.bind(Messages.models_stateDamaged,
                    damage != null ? damage : Messages.models_filesMissing), size, d, model);
        }
        String state = catalog.known(d.id()).isPresent() ? Messages.models_stateInstalled : Messages.models_stateCustom;
        return new ModelRow(d.id(), d.label(), State.INSTALLED, state, size, d, model);
    }

    /** The bytes of the files under a folder (0 when there is none). */
    static long bytesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
