package dev.scry.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

import dev.scry.cli.Engine;
import dev.scry.cli.ExitCodes;
import picocli.CommandLine;

/** The Equinox application behind {@code scry serve ...}. */
public final class ServeApplication implements IApplication {
    /** Kept so the levels stick: Lucene's and Jetty's start-up notes are not for users. */
    private static final Logger[] QUIET = { Logger.getLogger("org.apache.lucene"), Logger.getLogger("org.eclipse.jetty") };

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Engine engine = Engine.await(FrameworkUtil.getBundle(ServeApplication.class).getBundleContext(), err);
        if (engine == null) {
            return ExitCodes.ERROR;
        }
        String[] serveArgs = serveArguments(args);
        CommandLine commandLine = new CommandLine(new ServeCommand(engine, out, err));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("scry serve: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCodes.ERROR;
        });
        return commandLine.execute(serveArgs);
    }

    /**
     * The options of {@code serve}: the command line without its verb, which comes first or after the
     * options every verb takes ({@code scry --home DIR serve --stop} is {@code serve --home DIR --stop};
     * a library named there is dropped, as the service serves them all).
     */
    static String[] serveArguments(String[] args) {
        List<String> before = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("serve")) {
                before.addAll(Arrays.asList(args).subList(i + 1, args.length));
                return before.toArray(String[]::new);
            } else if (arg.equals("--home") && i + 1 < args.length) {
                before.add(arg);
                before.add(args[++i]);
            } else if (arg.startsWith("--home=")) {
                before.add(arg);
            } else if ((arg.equals("-l") || arg.equals("--library")) && i + 1 < args.length) {
                i++;
            } else if (!(arg.startsWith("-l") && !arg.startsWith("--") || arg.startsWith("--library="))) {
                break;
            }
        }
        return args;
    }

    @Override
    public void stop() {
        // the service ends through --stop or a signal
    }
}
