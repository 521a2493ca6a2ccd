package dev.scry.encoder.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files a user exported to ONNX, for the descriptors of models published as PyTorch weights only
 * (TinyCLIP, Chinese-CLIP): each file the descriptor has no download address for is taken from a
 * folder, at its path there or by its file name, and its SHA-256 is recorded, so that the install
 * checks the copy it makes and {@code scry models verify} checks the model from then on.
 */
public final class ExportedFiles {
    private ExportedFiles() {
    }

    /**
     * The descriptor with its files without address pointing into {@code folder}, with their SHA-256.
     *
     * @throws ModelException if the folder lacks one of them; the message names the file and the folder
     */
    public static ModelDescriptor from(ModelDescriptor descriptor, Path folder) throws ModelException {
        if (!Files.isDirectory(folder)) {
            throw new ModelException(descriptor.id() + ": no folder " + folder + " to take the exported files from");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (ModelFile file : descriptor.files()) {
            if (file.hasUrl()) {
                continue;
            }
            Path exported = folder.resolve(file.path());
            if (!Files.isRegularFile(exported)) {
                exported = folder.resolve(Path.of(file.path()).getFileName().toString());
            }
            if (!Files.isRegularFile(exported)) {
                throw new ModelException(descriptor.id() + ": " + folder + " has no " + file.path() + " (nor "
                        + Path.of(file.path()).getFileName() + "); export the model first (see models/README.md)");
            }
            keys.put("file." + file.key() + ".url", exported.toAbsolutePath().normalize().toUri().toString());
            keys.put("file." + file.key() + ".sha256", ModelInstaller.sha256(exported));
        }
        return descriptor.with(keys);
    }
}
