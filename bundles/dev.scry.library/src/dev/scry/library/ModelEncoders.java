package dev.scry.library;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.component.ComponentFactory;
import org.osgi.service.component.ComponentInstance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The encoders of the CLIP-family models installed in the Scry home: one instance of the model encoder
 * component of {@code dev.scry.encoder.clip} (a DS factory), configured with the home's models folder,
 * so that the encoders, {@code scry models} and the libraries all use the same home. It starts with the
 * home {@link ScryHome#resolve(java.nio.file.Path) ScryHome.resolve(null)} finds, the one
 * {@link Libraries} uses; the command line moves it to the home its {@code --home} names
 * ({@link #use(ScryHome)}). Without the CLIP-family bundle there are no model encoders, and nothing fails.
 */
@Component(service = ModelEncoders.class, immediate = true)
public class ModelEncoders {
    /** The factory name of {@code dev.scry.encoder.clip.ClipEncoders}. */
    static final String FACTORY = "dev.scry.encoder.clip.ClipEncoders";
    /** The configuration property of that component naming the models folder. */
    static final String MODELS_FOLDER = "models.folder";

    private ComponentFactory<?> factory;
    private ComponentInstance<?> instance;
    private ScryHome home = ScryHome.resolve(null);
    private boolean active;

    @Reference(target = "(component.factory=" + FACTORY + ")", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    synchronized void setFactory(ComponentFactory<?> given) {
        stop();
        factory = given;
        start();
    }

    synchronized void unsetFactory(ComponentFactory<?> gone) {
        if (factory == gone) {
            stop();
            factory = null;
        }
    }

    @Activate
    synchronized void activate() {
        active = true;
        start();
    }

    @Deactivate
    synchronized void deactivate() {
        stop();
        active = false;
    }

    /** The home whose models are the encoders. */
    public synchronized ScryHome home() {
        return home;
    }

    /**
     * Makes the model encoders those of the models installed in {@code chosen} now (when it is the home
     * already, the models installed since are picked up).
     */
    public synchronized void use(ScryHome chosen) {
        stop();
        home = chosen;
        start();
    }

    private void start() {
        if (active && factory != null && instance == null) {
            Dictionary<String, Object> configuration = new Hashtable<>();
            configuration.put(MODELS_FOLDER, home.models().toString());
            instance = factory.newInstance(configuration);
        }
    }

    private void stop() {
        if (instance != null) {
            instance.dispose();
            instance = null;
        }
    }
}
