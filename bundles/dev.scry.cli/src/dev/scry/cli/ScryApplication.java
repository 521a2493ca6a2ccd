package dev.scry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

import dev.scry.ocr.OcrReader;

/** The Equinox application behind {@code scry VERB ...}: runs one command and returns its exit code. */
public final class ScryApplication implements IApplication {
    /** Kept so the level sticks: Lucene's start-up notes are not for command line users. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        LUCENE_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Engine engine = Engine.await(FrameworkUtil.getBundle(ScryApplication.class).getBundleContext(), err);
        if (engine == null) {
            return ExitCodes.ERROR;
        }
        boolean terminal = Boolean.parseBoolean(System.getProperty("scry.terminal", Boolean.toString(System.console() != null)));
        // The model encoders follow the home the arguments name (--home), as the libraries and 'scry models' do.
        return ScryCommand.run(engine.encoders(), OcrReader::new, home -> {
            if (engine.models() != null) {
                engine.models().use(home);
            }
        }, out, err, terminal, args);
    }

    @Override
    public void stop() {
        // A command runs to its end; nothing to interrupt.
    }
}
