package dev.scry.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import dev.scry.cli.Engine;
import dev.scry.cli.ExitCodes;
import dev.scry.client.ServiceAddress;
import dev.scry.client.ServiceRequest;
import dev.scry.library.ScryHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code scry serve [--bind HOST:PORT] | --status | --stop}: runs, shows or ends the home's service. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Keep Scry warm: run the engine in one long-lived process that the command line (and the HTTP JSON API,",
                "/v1/openapi.yaml) uses while it runs. It listens on a Unix domain socket in the Scry home (service/scry.sock,",
                "only you can connect); --bind also listens on TCP, where requests need the home's token (service/token)",
                "as 'Authorization: Bearer TOKEN'. SIGTERM or Ctrl+C ends it as --stop does: running work is saved." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:success", "1:error (no service, or one runs already)", "2:bad usage" })
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", description = "Scry home (default: $SCRY_HOME, else the one chosen in Preferences, else ~/.scry).")
    Path home;

    @Option(names = "--bind", paramLabel = "HOST:PORT", description = "Also listen on this TCP address (port 0: any free port).")
    String bind;

    @Option(names = "--status", description = "Print the running service's PID, memory, uptime, libraries and running commands.")
    boolean status;

    @Option(names = "--stop", description = "End the running service cleanly (running work is saved) and wait until it has ended.")
    boolean stop;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "End by itself after this many seconds without a request (default: never).")
    long idleSeconds;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "67108864",
            description = "The largest picture an API request may upload (default: ${DEFAULT-VALUE}).")
    long maxUpload;

    @Option(names = "--max-decode", paramLabel = "SECONDS", defaultValue = "" + CommandLines.DECODE_SECONDS,
            description = "The longest a request's picture may take to decode; a slower one is refused as too large (default: ${DEFAULT-VALUE}).")
    long maxDecodeSeconds;

    private final Engine engine;
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(Engine engine, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        ScryHome scryHome = ScryHome.resolve(home == null ? null : home.toAbsolutePath());
        ServiceAddress socket = new ServiceAddress(ServiceFiles.of(scryHome).socket(), null, 0);
        if (status || stop) {
            return status ? status(socket) : stop(socket);
        }
        ServiceAddress tcp = null;
        if (bind != null) {
            try {
                tcp = ServiceAddress.parse(bind);
            } catch (IllegalArgumentException e) {
                err.println("scry serve: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (!tcp.tcp()) {
                err.println("scry serve: --bind wants HOST:PORT, not a socket: " + bind);
                return ExitCodes.USAGE;
            }
        }
        if (engine.models() != null) {
            engine.models().use(scryHome);
        }
        if (maxDecodeSeconds < 1) {
            err.println("scry serve: --max-decode wants at least 1 second: " + maxDecodeSeconds);
            return ExitCodes.USAGE;
        }
        ScryService service = new ScryService(new CommandLines(engine, scryHome, Duration.ofSeconds(maxDecodeSeconds)), maxUpload);
        try {
            service.start(tcp);
        } catch (IOException e) {
            err.println("scry serve: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        for (String name : new String[] { "INT", "TERM", "HUP" }) {
            try {
                Signal.handle(new Signal(name), signal -> Thread.ofPlatform().start(service::end));
            } catch (IllegalArgumentException e) {
                // not a signal here
            }
        }
        service.endWhenIdle(Duration.ofSeconds(Math.max(0, idleSeconds)));
        out.println("scry serve: listening on " + String.join(", ", service.addresses()) + " (pid " + ProcessHandle.current().pid() + ")");
        service.await();
        out.println("scry serve: stopped");
        return ExitCodes.OK;
    }

    private int status(ServiceAddress socket) {
        try (SocketChannel channel = socket.connect();
                ServiceRequest.Answer answer = new ServiceRequest("GET", "/v1/status.txt").send(channel)) {
            out.print(new String(answer.bytes(), StandardCharsets.UTF_8));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("scry serve: no service is running at " + socket);
            return ExitCodes.ERROR;
        }
    }

    private int stop(ServiceAddress socket) throws InterruptedException {
        try (SocketChannel channel = socket.connect();
                ServiceRequest.Answer answer = new ServiceRequest("POST", "/v1/stop").send(channel)) {
            answer.bytes();
        } catch (IOException e) {
            err.println("scry serve: no service is running at " + socket);
            return ExitCodes.ERROR;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (SocketChannel channel = socket.connect()) {
                Thread.sleep(50); // it still answers: its running work is being saved
            } catch (IOException e) {
                out.println("scry serve: stopped");
                return ExitCodes.OK;
            }
        }
        err.println("scry serve: the service at " + socket + " did not end within 120 s");
        return ExitCodes.ERROR;
    }
}
