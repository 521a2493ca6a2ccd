package dev.scry.encoder.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.TextEncoder;

/**
 * Registers an {@link ImageEncoder} and a {@link TextEncoder} service for every model installed in a
 * models folder whose files are all present (the others are skipped quietly: {@code scry models list}
 * and {@code verify} say why). Nothing is loaded until a model is first used; sessions are closed when
 * this stops.
 * <p>
 * The folder is this component's configuration, the property {@value #MODELS_FOLDER}: it is a DS
 * factory ({@value #FACTORY}) and resolves no home of its own. The library layer
 * ({@code dev.scry.library.ModelEncoders}) makes the one instance, for the models folder of the Scry
 * home the libraries and {@code scry models} use.
 */
@Component(factory = ClipEncoders.FACTORY, service = {})
public class ClipEncoders {
    /** The name of this component factory. */
    public static final String FACTORY = "dev.scry.encoder.clip.ClipEncoders";
    /** The configuration property naming the models folder (a path). */
    public static final String MODELS_FOLDER = "models.folder";

    private static final Logger LOG = Logger.getLogger(ClipEncoders.class.getName());

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<ClipModel> models = new ArrayList<>();

    @Activate
    void activate(BundleContext context, Map<String, Object> configuration) {
        Object folder = configuration.get(MODELS_FOLDER);
        if (!(folder instanceof String path) || path.isBlank()) {
            throw new IllegalArgumentException("the model encoders need a models folder in the property " + MODELS_FOLDER
                    + ", not " + folder);
        }
        register(context, new ModelCatalog(Path.of(path)));
    }

    /** Registers the encoders of the runnable models of a catalog; returns their ids. */
    synchronized List<String> register(BundleContext context, ModelCatalog catalog) {
        List<String> ids = new ArrayList<>();
        for (InstalledModel installed : catalog.installed()) {
            if (!installed.readable()) {
                LOG.log(Level.FINE, "model skipped: {0}", installed.problem());
                continue;
            }
            ModelDescriptor descriptor = installed.descriptor();
            if (descriptor.id().equals(EncoderRegistry.FINGERPRINT)) {
                LOG.log(Level.FINE, "model skipped: the id ''fingerprint'' is the built-in encoder''s ({0})", installed.folder());
                continue;
            }
            List<String> missing = descriptor.files().stream().map(f -> installed.folder().resolve(f.path()))
                    .filter(p -> !Files.isRegularFile(p)).map(Path::toString).toList();
            if (!missing.isEmpty()) {
                LOG.log(Level.FINE, "model {0} skipped: missing {1}", new Object[] { descriptor.id(), missing });
                continue;
            }
            ClipModel model = new ClipModel(descriptor, installed.folder(), 0);
            models.add(model);
            registrations.add(context.registerService(ImageEncoder.class, new OnnxImageEncoder(model), null));
            registrations.add(context.registerService(TextEncoder.class, new OnnxTextEncoder(model), null));
            ids.add(descriptor.id());
        }
        return ids;
    }

    @Deactivate
    synchronized void deactivate() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
        models.forEach(ClipModel::close);
        models.clear();
    }
}
