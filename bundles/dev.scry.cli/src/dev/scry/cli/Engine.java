package dev.scry.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.ModelEncoders;
import dev.scry.library.OpenLibraries;

/**
 * The services a command line runs on, once they are there: the encoder registry with the built-in
 * encoder bound, the model encoders (absent without the CLIP-family bundle) and the libraries' shared
 * warm readers.
 *
 * @param encoders  the encoder registry
 * @param models    the model encoders, or null when there are none
 * @param libraries the libraries this process searches, each with one reader shared by its commands
 */
public record Engine(EncoderRegistry encoders, ModelEncoders models, OpenLibraries libraries) {
    /** An engine whose commands share readers of their own (a service made without the framework's). */
    public Engine(EncoderRegistry encoders, ModelEncoders models) {
        this(encoders, models, new OpenLibraries());
    }

    private static final long SERVICE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);

    /**
     * Waits (up to 15 s) for the services of the running framework; null, after saying so on
     * {@code err}, when the encoder service does not start.
     */
    public static Engine await(BundleContext context, PrintStream err) throws InterruptedException {
        ServiceTracker<EncoderRegistry, EncoderRegistry> tracker = new ServiceTracker<>(context, EncoderRegistry.class, null);
        tracker.open();
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        EncoderRegistry registry = tracker.waitForService(SERVICE_WAIT_MILLIS);
        // The built-in encoder arrives as a service of its own; give it the same time to bind.
        while (registry != null && registry.imageEncoder(EncoderRegistry.FINGERPRINT).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        if (registry == null || registry.imageEncoder(EncoderRegistry.FINGERPRINT).isEmpty()) {
            err.println("scry: the encoder service did not start; the installation is incomplete");
            return null;
        }
        ServiceTracker<ModelEncoders, ModelEncoders> models = new ServiceTracker<>(context, ModelEncoders.class, null);
        models.open();
        ModelEncoders modelEncoders = models.waitForService(Math.max(1, deadline - System.currentTimeMillis()));
        // Not waited for: a one-shot command line does not use it, and a service without the framework's
        // component keeps readers of its own.
        ServiceTracker<OpenLibraries, OpenLibraries> open = new ServiceTracker<>(context, OpenLibraries.class, null);
        open.open();
        OpenLibraries libraries = open.getService();
        return new Engine(registry, modelEncoders, libraries == null ? new OpenLibraries() : libraries);
    }
}
