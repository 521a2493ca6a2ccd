package dev.scry.ui.parts;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Waits until every event posted so far through the event broker has been handled: Equinox delivers
 * posted events one after the other, to every handler, on one thread, so once a marker posted now
 * arrives, the events posted before it (search results on their way to the Results view) have been
 * handled too. Lets a test say "nothing more is coming" without sleeping.
 */
final class EventBarrier {
    private static final String TOPIC = "dev/scry/test/barrier";

    private EventBarrier() {
    }

    static void await(Workbench workbench, IEventBroker events) {
        AtomicBoolean arrived = new AtomicBoolean();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, TOPIC);
        ServiceRegistration<EventHandler> registration = FrameworkUtil.getBundle(EventBarrier.class).getBundleContext()
                .registerService(EventHandler.class, event -> arrived.set(true), properties);
        try {
            events.post(TOPIC, "marker");
            workbench.waitUntil("the events posted before the marker handled", 10, arrived::get);
            while (workbench.display().readAndDispatch()) {
                // and what their handlers left for the window's thread
            }
        } finally {
            registration.unregister();
        }
    }
}
