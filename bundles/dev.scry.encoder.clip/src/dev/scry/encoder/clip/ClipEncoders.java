package dev.scry.encoder.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Registers an {@link ImageEncoder} and a {@link TextEncoder} service for every model installed in
 * the Scry home's models folder ({@link ModelCatalog#defaultModelsFolder()}) whose files are all
 * present (the others are skipped quietly: {@code scry models list} and {@code verify} say why). Nothing is loaded until a model is first used; sessions are closed when this stops.
 */
@Component(immediate = true, service = {})
public class ClipEncoders {
    private static final Logger LOG = Logger.getLogger(ClipEncoders.class.getName());

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<ClipModel> models = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        register(context, new ModelCatalog(ModelCatalog.defaultModelsFolder()));
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
