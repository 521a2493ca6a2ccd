package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The models Scry knows (the descriptors shipped in this bundle, from the repository's
 * {@code models/}) and the models installed in a models folder (the Scry home's {@code models/}, given by the caller):
 * one folder per model, named by its id, holding {@value ModelDescriptor#FILE_NAME} and the files it
 * lists. A user adds a custom model by making such a folder by hand.
 */
public final class ModelCatalog {
    private static final Logger LOG = Logger.getLogger(ModelCatalog.class.getName());

    private final Path folder;
    private final List<ModelDescriptor> known;

    /** The catalog of a models folder with the descriptors shipped in this bundle. */
    public ModelCatalog(Path modelsFolder) {
        this(modelsFolder, shipped());
    }

    public ModelCatalog(Path modelsFolder, List<ModelDescriptor> known) {
        this.folder = modelsFolder.toAbsolutePath().normalize();
        this.known = known.stream().sorted(Comparator.comparing(ModelDescriptor::id)).toList();
    }

    /** The descriptors shipped at the root of this bundle (copied from the repository's models/). */
    public static List<ModelDescriptor> shipped() {
        Bundle bundle = FrameworkUtil.getBundle(ModelCatalog.class);
        List<ModelDescriptor> descriptors = new ArrayList<>();
        if (bundle == null) {
            return descriptors;
        }
        Enumeration<URL> entries = bundle.findEntries("/", "*.properties", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(ModelDescriptor.FORMAT)) {
                    descriptors.add(ModelDescriptor.read(new java.io.ByteArrayInputStream(bytes), url.getPath()));
                }
            } catch (IOException | ModelException e) {
                throw new IllegalStateException("a model descriptor shipped with Scry is broken: " + e.getMessage(), e);
            }
        }
        return descriptors;
    }

    /** The models folder. */
    public Path folder() {
        return folder;
    }

    /** The models Scry knows how to download, sorted by id. */
    public List<ModelDescriptor> known() {
        return known;
    }

    public Optional<ModelDescriptor> known(String id) {
        return known.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Where the model with this id is (or would be) installed. */
    public Path folderOf(String id) {
        return folder.resolve(id);
    }

    /**
     * The models installed in the folder, sorted by id; folders whose names start with '.' are work in
     * progress. No folder yet means no models; a models folder that cannot be listed (not a folder, or
     * unreadable) is logged and listed as one entry that is not {@linkplain InstalledModel#readable()
     * readable}, whose problem says why, so that {@code scry models list} shows it.
     */
    public List<InstalledModel> installed() {
        List<InstalledModel> models = new ArrayList<>();
        if (!Files.exists(folder)) {
            return models;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(child)) {
                    continue;
                }
                models.add(read(child));
            }
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof NotDirectoryException ? "it is not a folder"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String problem = "The models folder " + folder + " cannot be read: " + why + ".";
            LOG.log(Level.WARNING, problem, e);
            return List.of(new InstalledModel(folder.getFileName().toString(), folder, null, problem));
        }
        return models;
    }

    public Optional<InstalledModel> installed(String id) {
        Path child = folderOf(id);
        if (!Files.isDirectory(child)) {
            return Optional.empty();
        }
        return Optional.of(read(child));
    }

    private static InstalledModel read(Path child) {
        String name = child.getFileName().toString();
        Path descriptorFile = child.resolve(ModelDescriptor.FILE_NAME);
        if (!Files.isRegularFile(descriptorFile)) {
            return new InstalledModel(name, child, null, "no " + ModelDescriptor.FILE_NAME + " in " + child);
        }
        try {
            ModelDescriptor descriptor = ModelDescriptor.read(descriptorFile);
            if (!descriptor.id().equals(name)) {
                return new InstalledModel(name, child, null,
                        descriptorFile + " has id '" + descriptor.id() + "' but its folder is named '" + name + "'");
            }
            return new InstalledModel(name, child, descriptor, "");
        } catch (ModelException e) {
            return new InstalledModel(name, child, null, e.getMessage());
        }
    }

    /**
     * The installed model with this id, ready to run (sessions open on first use).
     *
     * @throws ModelException if it is not installed or its descriptor is broken
     */
    public ClipModel open(String id, int threads) throws ModelException {
        InstalledModel model = installed(id).orElseThrow(() -> new ModelException("no model '" + id + "' is installed in "
                + folder + (known(id).isPresent() ? "; install it with 'scry models install " + id + "'" : "")));
        if (!model.readable()) {
            throw new ModelException(model.problem());
        }
        return new ClipModel(model.descriptor(), model.folder(), threads);
    }
}
