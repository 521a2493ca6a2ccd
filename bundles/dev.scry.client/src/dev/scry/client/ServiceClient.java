package dev.scry.client;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import sun.misc.Signal;

/**
 * {@code scry VERB ...} through a running service: sends the arguments, the working directory and
 * whether standard error is a terminal to {@code POST /v1/cli}, writes the frames of the answer to
 * standard output and standard error as they come, and exits with the command's exit code. Ctrl+C,
 * SIGTERM and SIGHUP ask the service to stop the call (an indexing command saves its work and ends
 * with 130). A {@code --from-file -} list is read from standard input and sent along; the command's
 * sentences are in the client's language. With no service at the address, or one for another home, or
 * for a command that would ask a question on the terminal ({@code lib clear|remove} without
 * {@code --yes}), it prints nothing and exits {@link #NO_SERVICE}.
 * <p>
 * System properties: {@code scry.service} the address ({@link ServiceAddress}), {@code scry.service.token}
 * the file with the token a TCP service wants, {@code scry.terminal} true or false.
 */
public final class ServiceClient {
    /** The exit code that means "no service took the command; run it in-process" (EX_TEMPFAIL). */
    public static final int NO_SERVICE = 75;
    private static final int ERROR = 1;

    private final ServiceAddress address;
    private final String token;
    private final PrintStream err;

    public ServiceClient(ServiceAddress address, String token, PrintStream err) {
        this.address = address;
        this.token = token;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String given = System.getProperty("scry.service", "");
        if (given.isBlank()) {
            System.exit(NO_SERVICE);
        }
        ServiceAddress address;
        try {
            address = ServiceAddress.parse(given);
        } catch (IllegalArgumentException e) {
            err.println("scry: " + e.getMessage());
            System.exit(ERROR);
            return;
        }
        String token = token(System.getProperty("scry.service.token"));
        boolean terminal = Boolean.parseBoolean(System.getProperty("scry.terminal", "false"));
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream errBytes = new FileOutputStream(FileDescriptor.err);
        System.exit(new ServiceClient(address, token, err).run(Path.of("").toAbsolutePath(), terminal, System.in, out, errBytes, args));
    }

    private static String token(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null; // no token: a TCP service answers 401, which is said below
        }
    }

    /** Runs the command line {@code args} from {@code cwd} through the service, with no standard input; its exit code, or {@link #NO_SERVICE}. */
    public int run(Path cwd, boolean terminal, OutputStream out, OutputStream errBytes, String... args) {
        return run(cwd, terminal, InputStream.nullInputStream(), out, errBytes, args);
    }

    /**
     * Runs the command line {@code args} from {@code cwd} through the service, sending {@code in} when the
     * command reads its standard input; its exit code, or {@link #NO_SERVICE}.
     */
    public int run(Path cwd, boolean terminal, InputStream in, OutputStream out, OutputStream errBytes, String... args) {
        if (terminal && asks(List.of(args))) {
            return NO_SERVICE;
        }
        // unique among the service's calls; no SecureRandom (its seeding costs the client's start)
        String call = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        SocketChannel channel;
        try {
            channel = address.connect();
        } catch (IOException e) {
            return NO_SERVICE;
        }
        for (String name : new String[] { "INT", "TERM", "HUP" }) {
            try {
                Signal.handle(new Signal(name), signal -> Thread.ofPlatform().daemon().start(() -> stop(call)));
            } catch (IllegalArgumentException e) {
                // not a signal here
            }
        }
        try (channel) {
            ServiceRequest request = authorized(new ServiceRequest("POST", "/v1/cli"))
                    .header(Frames.CALL_HEADER, call)
                    .header(Frames.TERMINAL_HEADER, Boolean.toString(terminal))
                    .header(Frames.LANGUAGE_HEADER, Locale.getDefault().toLanguageTag());
            byte[] argv = argv(cwd, args);
            byte[] input = readsInput(List.of(args)) ? in.readAllBytes() : new byte[0];
            byte[] body = new byte[argv.length + input.length];
            System.arraycopy(argv, 0, body, 0, argv.length);
            System.arraycopy(input, 0, body, argv.length, input.length);
            request.header(Frames.INPUT_HEADER, Integer.toString(input.length)).body(Frames.REQUEST_TYPE, body);
            try (ServiceRequest.Answer answer = request.send(channel)) {
                if (answer.status() == Frames.MISDIRECTED) {
                    return NO_SERVICE;
                }
                if (answer.status() != 200) {
                    err.println("scry: the service at " + address + " refused the command (HTTP " + answer.status() + "): "
                            + new String(answer.bytes(), StandardCharsets.UTF_8).strip());
                    return ERROR;
                }
                return frames(new DataInputStream(answer.body()), out, errBytes);
            }
        } catch (IOException e) {
            err.println("scry: the service at " + address + " ended before the command did (" + e.getMessage() + ")");
            return ERROR;
        }
    }

    /** Whether the command reads a list from standard input ({@code --from-file -}). */
    static boolean readsInput(List<String> args) {
        for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
            if (args.get(i).equals("--from-file=-") || args.get(i).equals("--from-file") && i + 1 < args.size() && args.get(i + 1).equals("-")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the command would ask for a confirmation on the terminal: {@code lib clear} or {@code lib remove} without {@code --yes}. */
    static boolean asks(List<String> args) {
        int lib = args.indexOf("lib");
        return lib >= 0 && lib + 1 < args.size() && List.of("clear", "remove").contains(args.get(lib + 1))
                && !args.contains("--yes") && !args.contains("-y");
    }

    private ServiceRequest authorized(ServiceRequest request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static int frames(DataInputStream in, OutputStream out, OutputStream err) throws IOException {
        while (true) {
            int type;
            int length;
            try {
                type = in.readUnsignedByte();
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("no exit code came", e);
            }
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new IOException("a frame was cut short");
            }
            switch (type) {
                case Frames.OUT -> {
                    out.write(bytes);
                    out.flush();
                }
                case Frames.ERR -> {
                    err.write(bytes);
                    err.flush();
                }
                case Frames.EXIT -> {
                    return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
                }
                default -> throw new IOException("an unknown frame type " + type);
            }
        }
    }

    /** Asks the service to stop the call (a second connection); a service already gone needs nothing. */
    private void stop(String call) {
        try (SocketChannel channel = address.connect();
                ServiceRequest.Answer answer = authorized(new ServiceRequest("POST", "/v1/cli/" + call + "/stop")).send(channel)) {
            answer.bytes();
        } catch (IOException e) {
            // the service has ended; so has the call
        }
    }

    /** The request body: the working directory and each argument, each ended by a NUL, in UTF-8. */
    static byte[] argv(Path cwd, String... args) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(cwd.toString().getBytes(StandardCharsets.UTF_8));
        body.write(0);
        for (String arg : args) {
            body.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
            body.write(0);
        }
        return body.toByteArray();
    }
}
