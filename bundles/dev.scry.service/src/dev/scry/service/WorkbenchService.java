package dev.scry.service;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.scry.cli.Engine;
import dev.scry.library.OpenLibraries;
import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.ModelEncoders;
import dev.scry.library.ScryHome;

/**
 * The service the workbench hosts for its Scry home, so that the command line works through the open
 * window as through {@code scry serve}: it starts when the workbench has started (its life-cycle event)
 * on the home's Unix domain socket, and ends with the window (the framework stopping deactivates it),
 * running work saved first. It does not start when {@code SCRY_NO_SERVICE=1} is set, nor when a
 * service runs already for the home (that one keeps serving the command line). Only the command line's
 * headless runtime never sees the event, so {@code scry VERB} and {@code scry serve} host nothing.
 */
@Component(service = { EventHandler.class, WorkbenchService.class },
        property = EventConstants.EVENT_TOPIC + "=org/eclipse/e4/ui/LifeCycle/appStartupComplete")
public final class WorkbenchService implements EventHandler {
    /** The largest picture an API request of the window's service may upload, as {@code scry serve}'s default. */
    static final long UPLOAD_LIMIT = 64L << 20;
    private static final Logger LOG = Logger.getLogger(WorkbenchService.class.getName());

    private final Engine engine;
    private final Map<String, String> environment;
    private ScryService service; // guarded by this
    private String state = "starting"; // guarded by this

    @Activate
    public WorkbenchService(@Reference EncoderRegistry encoders,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ModelEncoders models, @Reference OpenLibraries libraries) {
        this(new Engine(encoders, models, libraries), System.getenv()); // the window's views and the command line share the readers
    }

    WorkbenchService(Engine engine, Map<String, String> environment) {
        this.engine = engine;
        this.environment = environment;
    }

    @Override
    public void handleEvent(Event event) {
        start(ScryHome.resolve(null));
    }

    /** Starts the service for {@code home} once; a failure is said by {@link #state()} and logged, the window goes on. */
    synchronized void start(ScryHome home) {
        if (service != null || !state.equals("starting")) {
            return;
        }
        if ("1".equals(environment.get("SCRY_NO_SERVICE"))) {
            state = "off (SCRY_NO_SERVICE=1)";
            return;
        }
        ScryService starting = new ScryService(new CommandLines(engine, home), UPLOAD_LIMIT);
        try {
            starting.start(null);
            service = starting;
            state = "on, " + String.join(", ", starting.addresses());
        } catch (Exception e) {
            // nothing to end: it either found another service (whose socket stays) or did not listen
            state = "off: " + (e instanceof IOException && e.getMessage() != null ? e.getMessage() : "it could not start (see the log)");
            LOG.log(e instanceof IOException ? Level.INFO : Level.WARNING, "the workbench's service did not start", e);
        }
    }

    /** Where the window's service listens; empty when it is off. */
    public synchronized List<String> addresses() {
        return service == null ? List.of() : service.addresses();
    }

    /** One line for the user: "on, unix:/home/.../scry.sock", or "off: the reason". */
    public synchronized String state() {
        return state;
    }

    /** Ends the service with the window: running work (an add through it) is stopped and saved, the socket removed. */
    @Deactivate
    synchronized void stop() {
        if (service != null) {
            service.end();
            service = null;
            state = "stopped";
        }
    }
}
