package dev.scry.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.UnreadableImageException;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import dev.scry.library.OpenLibraries;
import dev.scry.library.ScryHome;
import dev.scry.ocr.OcrReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code scry [--home DIR] [-l NAME] VERB ...}: the top of the command line. */
@Command(name = "scry", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = ScryVersion.class,
        description = "Find pictures again: index folders of pictures, then search by picture or by text.",
        subcommands = { LibCommand.class, AddCommand.class, SyncCommand.class, SearchCommand.class, CmpCommand.class,
                DupesCommand.class, ExportCommand.class, EncodersCommand.class, ModelsCommand.class, PluginsCommand.class, EmbedCommand.class, TokenizeCommand.class,
                OcrCommand.class, TagCommand.class, SheetCommand.class, HelpCommand.class, ShellFilesCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:success", "1:error", "2:bad usage", "3:library in use", "4:library or file not found",
                "5:nothing indexed: every picture the run read failed",
                "130:interrupted (Ctrl+C or SIGTERM; what was done is saved)" })
public final class ScryCommand {
    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT, description = "Scry home with the libraries and models (default: $SCRY_HOME, else the one chosen in Preferences, else ~/.scry).")
    Path home;

    @Option(names = { "-l", "--library" }, paramLabel = "NAME", defaultValue = "default", scope = ScopeType.INHERIT,
            description = "Library to use (default: ${DEFAULT-VALUE}).")
    String library;

    final EncoderRegistry encoders;
    /** Hands out a text reader that the command using it closes. */
    final Supplier<OcrReader> ocrReaders;
    final PrintStream out;
    final PrintStream err;
    /** Where the command reads a {@code --from-file -} list and a confirmation: the caller's standard input. */
    java.io.InputStream in = System.in;
    final boolean terminal;
    /** Where relative paths are read from and what stops indexing. */
    Caller caller = Caller.process();
    /** The libraries' readers: opened for each search in a one-shot process, shared in a service. */
    OpenLibraries open = OpenLibraries.eachCall();
    /** Whether the last indexing work was stopped by Ctrl+C or SIGTERM. */
    private boolean interrupted;

    public ScryCommand(EncoderRegistry encoders, PrintStream out, PrintStream err, boolean terminal) {
        this(encoders, OcrReader::new, out, err, terminal);
    }

    public ScryCommand(EncoderRegistry encoders, Supplier<OcrReader> ocrReaders, PrintStream out, PrintStream err, boolean terminal) {
        this.encoders = encoders;
        this.ocrReaders = ocrReaders;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int run(EncoderRegistry encoders, PrintStream out, PrintStream err, boolean terminal, String... args) {
        return run(encoders, OcrReader::new, out, err, terminal, args);
    }

    /**
     * As {@link #run(EncoderRegistry, PrintStream, PrintStream, boolean, String...)}, with the source of
     * text readers for {@code scry ocr} (each reader handed out is closed by the command).
     */
    public static int run(EncoderRegistry encoders, Supplier<OcrReader> ocrReaders, PrintStream out, PrintStream err,
            boolean terminal, String... args) {
        return run(encoders, ocrReaders, home -> {
        }, out, err, terminal, args);
    }

    /**
     * As {@link #run(EncoderRegistry, Supplier, PrintStream, PrintStream, boolean, String...)}; once the
     * arguments are parsed and before the verb runs, {@code homeChosen} is told the Scry home they name
     * (the application moves the model encoders there, so that they and the libraries agree).
     */
    public static int run(EncoderRegistry encoders, Supplier<OcrReader> ocrReaders, Consumer<ScryHome> homeChosen, PrintStream out,
            PrintStream err, boolean terminal, String... args) {
        return run(encoders, ocrReaders, homeChosen, Caller.process(), out, err, terminal, args);
    }

    /**
     * As {@link #run(EncoderRegistry, Supplier, Consumer, PrintStream, PrintStream, boolean, String...)}, for
     * {@code caller}: its relative paths are resolved against its working directory, and its stop requests
     * (not this process's signals) stop indexing. A service runs its clients' command lines this way.
     */
    public static int run(EncoderRegistry encoders, Supplier<OcrReader> ocrReaders, Consumer<ScryHome> homeChosen, Caller caller,
            PrintStream out, PrintStream err, boolean terminal, String... args) {
        return run(encoders, ocrReaders, homeChosen, caller, OpenLibraries.eachCall(), out, err, terminal, args);
    }

    /**
     * As {@link #run(EncoderRegistry, Supplier, Consumer, Caller, PrintStream, PrintStream, boolean, String...)},
     * searching through {@code open}: a service passes its shared warm readers, so that its commands do
     * not open a library's index each, and clear, rename and remove let the shared reader go.
     */
    public static int run(EncoderRegistry encoders, Supplier<OcrReader> ocrReaders, Consumer<ScryHome> homeChosen, Caller caller,
            OpenLibraries open, PrintStream out, PrintStream err, boolean terminal, String... args) {
        ScryCommand top = new ScryCommand(encoders, ocrReaders, out, err, terminal);
        top.caller = caller;
        top.open = open;
        if (caller.input() != null) {
            top.in = caller.input();
        }
        CommandLine commandLine = commandLine(top);
        commandLine.registerConverter(Path.class, caller::path);
        commandLine.setExecutionStrategy(parsed -> {
            homeChosen.accept(top.scryHome());
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(new UsageErrors(commandLine, err));
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof LibraryException le) {
                err.println("scry: " + le.getMessage());
                return ExitCodes.of(le);
            }
            if (e instanceof UnreadableImageException ue) {
                err.println("scry: " + caller.shown(ue.getMessage())); // names the file as the caller gave it
                return ue.reason() == UnreadableImageException.Reason.MISSING ? ExitCodes.NOT_FOUND : ExitCodes.ERROR;
            }
            err.println("scry: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCodes.ERROR;
        });
        try {
            return commandLine.execute(DefaultVerb.apply(commandLine, args));
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler: without this the application ends silently with exit code 0
            err.println("scry: out of memory (" + e.getMessage() + "); give Java more heap, e.g. SCRY_JAVA_OPTS=-Xmx4g");
            return ExitCodes.ERROR;
        }
    }

    /** The command model of {@code scry}, as it runs and as its completion script and man page describe it. */
    static CommandLine commandLine(ScryCommand top) {
        return new CommandLine(top);
    }

    /** The Scry home: {@code --home}, else as {@link ScryHome#resolve} finds it. */
    ScryHome scryHome() {
        return ScryHome.resolve(home);
    }

    /** The path a QUERY or FILE argument names, for the caller (relative to its working directory). */
    Path path(String given) {
        return caller.path(given);
    }

    LibraryCatalog catalog() {
        return new LibraryCatalog(scryHome(), open);
    }

    Library library() throws LibraryException {
        return catalog().get(library);
    }

    ImageEncoder fingerprint() throws LibraryException {
        return encoders.imageEncoder(EncoderRegistry.FINGERPRINT).orElseThrow(() -> new LibraryException(
                LibraryException.Kind.IO, "the built-in fingerprint encoder is not installed"));
    }

    List<ImageEncoder> imageEncoders() {
        return encoders.imageEncoders();
    }

    /** The encoders a library indexes with. */
    List<ImageEncoder> encodersFor(Library chosen) throws LibraryException {
        return dev.scry.library.Libraries.encodersFor(chosen, encoders);
    }

    /**
     * The work of an indexing command, given an indexer set up for the library, the progress to report
     * to and the report to fill (the progress reads it while the work runs).
     */
    interface IndexingWork {
        dev.scry.library.IndexReport run(dev.scry.library.LibraryIndexer indexer, IProgressMonitor progress,
                dev.scry.library.IndexReport report) throws LibraryException;
    }

    /**
     * Runs indexing work with the library's encoders, the threads the settings allow and, when the
     * library reads words in pictures, an OCR reader (opened for this command and closed after it).
     * Ctrl+C or SIGTERM meanwhile cancels the work: what was done is committed and the report says
     * it was {@linkplain dev.scry.library.IndexReport#wasCancelled() cancelled}.
     */
    dev.scry.library.IndexReport index(Library chosen, IndexingWork work) throws LibraryException {
        return index(chosen, null, null, work);
    }

    /**
     * As {@link #index(Library, IndexingWork)}, with {@code threads} threads instead of the settings'
     * (null: the settings'), and reading the words in pictures if {@code ocr} says so instead of as the
     * library does (null: as the library does); the library's setting does not change.
     */
    dev.scry.library.IndexReport index(Library chosen, Integer threads, Boolean ocr, IndexingWork work) throws LibraryException {
        dev.scry.library.Settings settings = dev.scry.library.Settings.load(catalog().home());
        boolean readWords = ocr == null ? chosen.ocr() : ocr;
        OcrReader reader = readWords && ocrReaders != null ? ocrReaders.get() : null;
        dev.scry.library.IndexReport filled = new dev.scry.library.IndexReport();
        ConsoleProgress progress = new ConsoleProgress(err, terminal, filled, System::nanoTime);
        try (StopRequest signals = caller.stops().apply(() -> progress.setCanceled(true))) {
            dev.scry.library.IndexReport report = work.run(new dev.scry.library.LibraryIndexer(encodersFor(chosen),
                    threads == null ? settings.indexingThreads() : threads, reader == null ? null : dev.scry.library.Words.of(reader)),
                    progress, filled);
            interrupted = signals.asked() && report.wasCancelled();
            return report;
        } finally {
            if (reader != null) {
                reader.close(); // waits for a read in progress
            }
        }
    }

    /**
     * Prints the problems an indexing run found to standard error and its summary to standard output;
     * known problems (refused before, not read again) are only counted in the summary. A run stopped by a
     * signal says so on standard error and gives {@link ExitCodes#INTERRUPTED}.
     */
    int report(Library chosen, dev.scry.library.IndexReport report) {
        for (dev.scry.library.IndexReport.Problem problem : report.problems()) {
            if (!problem.known()) {
                err.println("scry: " + problem.path() + ": " + problem.describe());
            }
        }
        report.stoppedEncoders().forEach((id, why) -> err.println("scry: encoder " + id + " failed and was stopped for this run"
                + " (the pictures are indexed without its vectors; a later add or sync adds them): " + why));
        out.println(chosen.name() + ": " + report.summary());
        if (interrupted) {
            int saved = report.addedCount() + report.relocatedCount() + report.completedCount() + report.wordsAddedCount();
            err.println("interrupted: " + saved + (saved == 1 ? " picture" : " pictures") + " saved, the next add or sync resumes");
            return ExitCodes.INTERRUPTED;
        }
        if (report.wasCancelled()) {
            return ExitCodes.ERROR;
        }
        return report.indexedNothingForProblems() ? ExitCodes.NOTHING_INDEXED : ExitCodes.OK;
    }
}
