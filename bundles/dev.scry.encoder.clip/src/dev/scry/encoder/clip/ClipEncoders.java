package dev.scry.encoder.clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * and {@code verify} say why). {@link #rescan()} brings the services in step with the folder after a
 * model was installed or removed while Scry runs. Nothing is loaded until a model is first used;
 * sessions are closed when a model's services go and when this stops.
 * <p>
 * The folder is this component's configuration, the property {@value #MODELS_FOLDER}: it is a DS
 * factory ({@value #FACTORY}) and resolves no home of its own. The library layer
 * ({@code dev.scry.library.ModelEncoders}) makes the one instance, for the models folder of the Scry
 * home the libraries and {@code scry models} use; that instance is a {@code ClipEncoders} service, which
 * the workbench's Models view asks to rescan.
 */
@Component(factory = ClipEncoders.FACTORY, service = ClipEncoders.class)
public class ClipEncoders {
    /** The name of this component factory. */
    public static final String FACTORY = "dev.scry.encoder.clip.ClipEncoders";
    /** The configuration property naming the models folder (a path). */
    public static final String MODELS_FOLDER = "models.folder";

    private static final Logger LOG = Logger.getLogger(ClipEncoders.class.getName());

    /** A model whose encoders are registered, and where it was installed. */
    private record Registered(Path folder, ClipModel model, List<ServiceRegistration<?>> registrations) {
    }

    private final Map<String, Registered> registered = new LinkedHashMap<>();
    private BundleContext context;
    private ModelCatalog catalog;

    @Activate
    void activate(BundleContext context, Map<String, Object> configuration) {
        Object folder = configuration.get(MODELS_FOLDER);
        if (!(folder instanceof String path) || path.isBlank()) {
            throw new IllegalArgumentException("the model encoders need a models folder in the property " + MODELS_FOLDER
                    + ", not " + folder);
        }
        register(context, new ModelCatalog(Path.of(path)));
    }

    /**
     * Registers the encoders of the runnable models of a catalog not registered yet, and unregisters
     * those of models no longer there; later {@link #rescan()}s look at the same catalog.
     *
     * @return the ids of the models whose encoders were registered by this call
     */
    synchronized List<String> register(BundleContext context, ModelCatalog catalog) {
        this.context = context;
        this.catalog = catalog;
        return rescan();
    }

    /**
     * Brings the encoder services in step with the models folder: a model installed since the last scan
     * gets its encoders (they appear in the {@link EncoderRegistry} before this returns), a removed or
     * damaged one loses them.
     *
     * @return the ids of the models whose encoders were registered now
     */
    public synchronized List<String> rescan() {
        if (context == null) {
            return List.of();
        }
        Map<String, InstalledModel> runnable = new LinkedHashMap<>();
        for (InstalledModel installed : catalog.installed()) {
            if (runnable(installed)) {
                runnable.put(installed.id(), installed);
            }
        }
        for (String id : List.copyOf(registered.keySet())) {
            InstalledModel now = runnable.get(id);
            if (now == null || !now.folder().equals(registered.get(id).folder())) {
                unregister(registered.remove(id));
            }
        }
        List<String> added = new ArrayList<>();
        for (InstalledModel installed : runnable.values()) {
            if (registered.containsKey(installed.id())) {
                continue;
            }
            ClipModel model = new ClipModel(installed.descriptor(), installed.folder(), 0);
            List<ServiceRegistration<?>> registrations = List.of(
                    context.registerService(ImageEncoder.class, new OnnxImageEncoder(model), null),
                    context.registerService(TextEncoder.class, new OnnxTextEncoder(model), null));
            registered.put(installed.id(), new Registered(installed.folder(), model, registrations));
            added.add(installed.id());
        }
        return added;
    }

    /** The models folder whose models these are (where installs must go to be picked up by {@link #rescan()}). */
    public synchronized Path modelsFolder() {
        return catalog == null ? null : catalog.folder();
    }

    /** The ids of the models whose encoders are registered now. */
    public synchronized List<String> registered() {
        return List.copyOf(registered.keySet());
    }

    private static boolean runnable(InstalledModel installed) {
        if (!installed.readable()) {
            LOG.log(Level.FINE, "model skipped: {0}", installed.problem());
            return false;
        }
        ModelDescriptor descriptor = installed.descriptor();
        if (descriptor.id().equals(EncoderRegistry.FINGERPRINT)) {
            LOG.log(Level.FINE, "model skipped: the id ''fingerprint'' is the built-in encoder''s ({0})", installed.folder());
            return false;
        }
        List<String> missing = descriptor.files().stream().map(f -> installed.folder().resolve(f.path()))
                .filter(p -> !Files.isRegularFile(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            LOG.log(Level.FINE, "model {0} skipped: missing {1}", new Object[] { descriptor.id(), missing });
            return false;
        }
        return true;
    }

    private static void unregister(Registered model) {
        for (ServiceRegistration<?> registration : model.registrations()) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        model.model().close();
    }

    @Deactivate
    synchronized void deactivate() {
        registered.values().forEach(ClipEncoders::unregister);
        registered.clear();
        context = null;
    }
}
