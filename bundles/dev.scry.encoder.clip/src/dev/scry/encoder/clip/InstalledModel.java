package dev.scry.encoder.clip;

import java.nio.file.Path;

/**
 * A folder in the models folder: its id (the folder's name), and its descriptor, or why the
 * descriptor could not be read ({@link #problem()}, empty when it was).
 */
public record InstalledModel(String id, Path folder, ModelDescriptor descriptor, String problem) {

    public boolean readable() {
        return descriptor != null;
    }
}
