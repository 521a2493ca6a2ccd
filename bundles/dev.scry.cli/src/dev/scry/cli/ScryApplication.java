package dev.scry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.library.ModelEncoders;
import dev.scry.ocr.OcrReader;

/** The Equinox application behind {@code scry VERB ...}: runs one command and returns its exit code. */
public final class ScryApplication implements IApplication {
    private static final long SERVICE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);
    /** Kept so the level sticks: Lucene's start-up notes are not for command line users. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        LUCENE_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        EncoderRegistry encoders = awaitEncoders(err);
        if (encoders == null) {
            return ExitCodes.ERROR;
        }
        boolean terminal = Boolean.parseBoolean(System.getProperty("scry.terminal", Boolean.toString(System.console() != null)));
        // The model encoders follow the home the arguments name (--home), as the libraries and 'scry models' do.
        BundleContext bundleContext = FrameworkUtil.getBundle(ScryApplication.class).getBundleContext();
        ServiceTracker<ModelEncoders, ModelEncoders> models = new ServiceTracker<>(bundleContext, ModelEncoders.class, null);
        models.open();
        try {
            ModelEncoders modelEncoders = models.waitForService(SERVICE_WAIT_MILLIS);
            return ScryCommand.run(encoders, OcrReader::new, home -> {
                if (modelEncoders != null) {
                    modelEncoders.use(home);
                }
            }, out, err, terminal, args);
        } finally {
            models.close();
        }
    }

    private static EncoderRegistry awaitEncoders(PrintStream err) throws InterruptedException {
        BundleContext bundleContext = FrameworkUtil.getBundle(ScryApplication.class).getBundleContext();
        ServiceTracker<EncoderRegistry, EncoderRegistry> tracker = new ServiceTracker<>(bundleContext, EncoderRegistry.class, null);
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
        return registry;
    }

    @Override
    public void stop() {
        // A command runs to its end; nothing to interrupt.
    }
}
