package dev.scry.service;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.scry.cli.Caller;
import dev.scry.cli.Engine;
import dev.scry.cli.ScryCommand;
import dev.scry.index.QueryMessages;
import dev.scry.library.ScryHome;
import dev.scry.ocr.OcrReader;

/**
 * Runs command lines inside the service exactly as the {@code scry} command runs them in-process: the
 * same {@link ScryCommand}, with the caller's arguments, working directory, terminal flag, language and
 * streams (its standard input is what the caller sent, else empty: never the service's own), on the
 * service's warm engine and home.
 */
final class CommandLines {
    /** The default time, in seconds, a client's query picture may take to decode. */
    static final int DECODE_SECONDS = 20;

    private final Engine engine;
    private final ScryHome home;
    private final Duration decodeLimit;

    /** Command lines whose query pictures may each take {@value #DECODE_SECONDS} s to decode. */
    CommandLines(Engine engine, ScryHome home) {
        this(engine, home, Duration.ofSeconds(DECODE_SECONDS));
    }

    /** Command lines whose query pictures may each take {@code decodeLimit} to decode, else are refused as too large. */
    CommandLines(Engine engine, ScryHome home, Duration decodeLimit) {
        this.engine = engine;
        this.home = home;
        this.decodeLimit = decodeLimit;
    }

    ScryHome home() {
        return home;
    }

    Engine engine() {
        return engine;
    }

    /**
     * Whether {@code args} name another home than the service's ({@code --home DIR}, read against
     * {@code cwd}): such a command runs in the client's own process.
     */
    boolean otherHome(Path cwd, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String given = arg.startsWith("--home=") ? arg.substring("--home=".length())
                    : arg.equals("--home") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (given != null && !same(cwd.resolve(given), home.folder())) {
                return true;
            }
            if (arg.equals("--")) {
                break;
            }
        }
        return false;
    }

    /**
     * The arguments run on the service's home: a command that names none gets {@code --home HOME} first,
     * for the service's environment may name another home than the client's (or none).
     */
    private String[] inHome(List<String> args) {
        boolean named = args.stream().takeWhile(a -> !a.equals("--")).anyMatch(a -> a.equals("--home") || a.startsWith("--home="));
        List<String> all = new java.util.ArrayList<>();
        if (!named) {
            all.add("--home");
            all.add(home.folder().toString());
        }
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Runs the call's command line from {@code cwd} with no standard input, in the service's language; its exit code. */
    int run(Call call, Path cwd, boolean terminal, PrintStream out, PrintStream err) {
        return run(call, cwd, terminal, null, InputStream.nullInputStream(), out, err);
    }

    /** Runs the call's command line from {@code cwd} in {@code language} (null: the service's), reading {@code in}; its exit code. */
    int run(Call call, Path cwd, boolean terminal, Locale language, InputStream in, PrintStream out, PrintStream err) {
        int exit = QueryMessages.inLanguageOf(language, () -> ScryCommand.run(engine.encoders(), OcrReader::new, chosen -> {
        }, new Caller(cwd, call.stop()::listen, in, decodeLimit), engine.libraries(), out, err, terminal, inHome(call.args())));
        if (exit == 0 && call.args().contains("models") && engine.models() != null) {
            engine.models().use(home); // a model installed or removed: the encoders follow
        }
        return exit;
    }
}
