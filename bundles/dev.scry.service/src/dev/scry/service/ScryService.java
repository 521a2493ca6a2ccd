package dev.scry.service;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.Callback;

import dev.scry.cli.ExitCodes;
import dev.scry.cli.Json;
import dev.scry.client.ServiceAddress;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;

/**
 * The running service: a Jetty server on the home's Unix domain socket (0600 in a 0700 folder) and,
 * when asked, a TCP address whose requests must carry the home's token ({@code Authorization: Bearer}).
 * It routes {@code /v1/cli}, the API, {@code /v1/status}, {@code /v1/stop} and {@code /v1/openapi.yaml}.
 * Ending it stops every call (indexing commits what it did) before the server and the socket go.
 */
public final class ScryService {
    private final CommandLines commandLines;
    private final ServiceFiles files;
    private final Calls calls = new Calls();
    private final CliEndpoint cli;
    private final ApiEndpoint api;
    private final Instant started = Instant.now();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Server server = new Server();
    private final List<String> addresses = new ArrayList<>();
    private String token;

    ScryService(CommandLines commandLines, long uploadLimit) {
        this.commandLines = commandLines;
        this.files = ServiceFiles.of(commandLines.home());
        this.cli = new CliEndpoint(commandLines, calls);
        this.api = new ApiEndpoint(commandLines, calls, new Jobs(commandLines, calls), uploadLimit);
    }

    /**
     * Listens on the socket and, when {@code bind} is not null, on that TCP address (port 0: any free
     * one); fails, changing nothing, when another service answers on the socket.
     */
    void start(ServiceAddress bind) throws Exception {
        files.prepare();
        if (Files.exists(files.socket())) {
            try (var channel = new ServiceAddress(files.socket(), null, 0).connect()) {
                throw new IOException("a service runs already for " + commandLines.home().folder() + " (scry serve --status)");
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("a service runs already")) {
                    throw e;
                }
                Files.deleteIfExists(files.socket()); // a stale socket: nothing behind it
            }
        }
        UnixDomainServerConnector unix = new UnixDomainServerConnector(server);
        unix.setUnixDomainPath(files.socket());
        server.addConnector(unix);
        ServerConnector tcp = null;
        if (bind != null) {
            token = files.token();
            tcp = new ServerConnector(server);
            tcp.setHost(bind.host());
            tcp.setPort(bind.port());
            server.addConnector(tcp);
        }
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return route(request, response, callback);
            }
        });
        server.setStopTimeout(0);
        server.start();
        Files.setPosixFilePermissions(files.socket(), PosixFilePermissions.fromString("rw-------"));
        addresses.add("unix:" + files.socket());
        if (tcp != null) {
            addresses.add(new ServiceAddress(null, bind.host(), ((NetworkConnector) tcp).getLocalPort()).toString());
        }
    }

    List<String> addresses() {
        return List.copyOf(addresses);
    }

    /** Waits until the service has ended. */
    void await() throws InterruptedException {
        ended.await();
    }

    /** Ends the service once no call ran for {@code idle} (checked every second); zero: never. */
    void endWhenIdle(Duration idle) {
        if (idle.isZero()) {
            return;
        }
        Thread.ofPlatform().daemon().name("scry serve idle check").start(() -> {
            try {
                while (!ended.await(1, TimeUnit.SECONDS)) {
                    if (calls.idleFor(idle.toNanos())) {
                        end();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Stops every call, waits for them (indexing commits and releases its library), then the server and the socket. */
    synchronized void end() {
        if (ended.getCount() == 0) {
            return;
        }
        calls.stopAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!calls.list().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50); // the calls end at their own pace; their threads are Jetty's and the jobs'
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        }
        try {
            Files.deleteIfExists(files.socket());
        } catch (IOException e) {
            // a stale socket is replaced at the next start
        }
        ended.countDown();
    }

    private boolean route(Request request, Response response, Callback callback) throws Exception {
        boolean remote = !(request.getConnectionMetaData().getConnector() instanceof UnixDomainServerConnector);
        if (remote && !authorized(request.getHeaders().get("Authorization"))) {
            response.getHeaders().put("WWW-Authenticate", "Bearer");
            Answers.error(response, callback, 401, ExitCodes.USAGE,
                    "this address wants the token of the Scry home (" + files.tokenFile() + ") as Authorization: Bearer TOKEN");
            return true;
        }
        calls.touch();
        String method = request.getMethod();
        String target = Request.getPathInContext(request);
        if (!target.startsWith("/v1/")) {
            Answers.error(response, callback, 404, ExitCodes.NOT_FOUND, "no such resource: " + target + " (see /v1/openapi.yaml)");
            return true;
        }
        List<String> path = Arrays.stream(target.substring(4).split("/")).filter(p -> !p.isEmpty())
                .map(p -> java.net.URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
        try {
            String route = method + " " + String.join("/", path);
            if (route.equals("POST cli")) {
                cli.run(request, response, callback);
            } else if (path.size() == 3 && path.get(0).equals("cli") && path.get(2).equals("stop") && method.equals("POST")) {
                cli.stop(path.get(1), response, callback);
            } else if (route.equals("GET status")) {
                Answers.json(response, callback, 200, status());
            } else if (route.equals("GET status.txt")) {
                Answers.text(response, callback, 200, "text/plain; charset=utf-8", statusText());
            } else if (route.equals("POST stop")) {
                Answers.json(response, callback, 202, "{\"stopping\": true}");
                Thread.ofPlatform().name("scry serve stop").start(this::end);
            } else if (route.equals("GET openapi.yaml")) {
                try (InputStream in = ScryService.class.getResourceAsStream("/openapi.yaml")) {
                    Answers.text(response, callback, 200, "application/yaml; charset=utf-8",
                            in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } else if (!api.handle(method, path, request, response, callback, remote)) {
                Answers.error(response, callback, 404, ExitCodes.NOT_FOUND, "no such resource: " + method + " " + target + " (see /v1/openapi.yaml)");
            }
        } catch (ApiEndpoint.MissingParameter e) {
            Answers.error(response, callback, 400, ExitCodes.USAGE, e.getMessage());
        } catch (Answers.TooLarge e) {
            Answers.error(response, callback, 413, ExitCodes.USAGE, e.getMessage());
        }
        return true;
    }

    private boolean authorized(String header) {
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), header.substring(7).strip().getBytes(StandardCharsets.US_ASCII));
    }

    private List<String> libraries() {
        try {
            return new LibraryCatalog(commandLines.home()).list().stream().map(Library::name).toList();
        } catch (LibraryException e) {
            return List.of();
        }
    }

    private String status() {
        Runtime runtime = Runtime.getRuntime();
        List<String> running = calls.list().stream().map(c -> "{\"id\": " + Json.string(c.id()) + ", \"args\": "
                + JsonLines.strings(c.args()) + ", \"started\": " + Json.string(c.started().toString()) + "}").toList();
        return "{\"pid\": " + ProcessHandle.current().pid() + ", \"uptime_seconds\": " + Duration.between(started, Instant.now()).toSeconds()
                + ", \"memory_used_bytes\": " + (runtime.totalMemory() - runtime.freeMemory()) + ", \"memory_max_bytes\": " + runtime.maxMemory()
                + ", \"home\": " + Json.string(commandLines.home().folder().toString()) + ", \"addresses\": " + JsonLines.strings(addresses)
                + ", \"libraries\": " + JsonLines.strings(libraries()) + ", \"running\": [" + String.join(", ", running) + "]}";
    }

    private String statusText() {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder();
        text.append("pid ").append(ProcessHandle.current().pid()).append('\n');
        text.append("uptime ").append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n");
        text.append(String.format(Locale.ROOT, "memory %d MB used of %d MB (%s)%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getVmName()));
        text.append("home ").append(commandLines.home().folder()).append('\n');
        text.append("listening ").append(String.join(", ", addresses)).append('\n');
        text.append("libraries ").append(String.join(", ", libraries())).append('\n');
        List<Call> running = calls.list();
        text.append("running ").append(running.size()).append('\n');
        for (Call call : running) {
            text.append("  ").append(String.join(" ", call.args())).append(" (since ").append(call.started()).append(")\n");
        }
        return text.toString();
    }
}
