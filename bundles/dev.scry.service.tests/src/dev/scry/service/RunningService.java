package dev.scry.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.scry.cli.Engine;
import dev.scry.cli.ScryCommand;
import dev.scry.client.ServiceAddress;
import dev.scry.client.ServiceRequest;
import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.library.ScryHome;

/** A service on a temporary home, with the built-in encoder, for a test; closing ends it. */
final class RunningService implements AutoCloseable {
    final Path home;
    final EncoderRegistry encoders = new EncoderRegistry();
    final ScryService service;
    /** What the service's commands run on: the encoders and the libraries' shared readers. */
    final Engine engine;

    RunningService(Path home, ServiceAddress bind, long uploadLimit) throws Exception {
        this(home, bind, uploadLimit, java.time.Duration.ofSeconds(CommandLines.DECODE_SECONDS));
    }

    /** A service whose clients' query pictures may each take {@code decodeLimit} to decode. */
    RunningService(Path home, ServiceAddress bind, long uploadLimit, java.time.Duration decodeLimit) throws Exception {
        this.home = home;
        encoders.add(new FingerprintEncoder());
        engine = new Engine(encoders, null);
        service = new ScryService(new CommandLines(engine, new ScryHome(home), decodeLimit), uploadLimit);
        service.start(bind);
    }

    ServiceAddress socket() {
        return ServiceAddress.parse(service.addresses().get(0));
    }

    ServiceAddress tcp() {
        return ServiceAddress.parse(service.addresses().get(1));
    }

    /** One run through the service's {@code /v1/cli}, from {@code cwd}. */
    Printed throughService(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new dev.scry.client.ServiceClient(socket(), null, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cwd, false, out, err, args);
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One run through the service's {@code /v1/cli}, from {@code cwd}, with {@code input} as its standard input. */
    Printed throughService(Path cwd, byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new dev.scry.client.ServiceClient(socket(), null, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(cwd, false, new java.io.ByteArrayInputStream(input), out, err, args);
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same command line in this process, reading {@code input} as its standard input. */
    Printed inProcess(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        dev.scry.cli.Caller process = dev.scry.cli.Caller.process();
        int exit = ScryCommand.run(encoders, () -> null, chosen -> {
        }, new dev.scry.cli.Caller(process.workingDirectory(), process.stops(), new java.io.ByteArrayInputStream(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, args);
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same command line in this process, as {@code scry} runs it without a service. */
    Printed inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScryCommand.run(encoders, () -> null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, args);
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An HTTP request to {@code address}: status and body. */
    static Answer request(ServiceAddress address, ServiceRequest request) throws IOException {
        try (SocketChannel channel = address.connect(); ServiceRequest.Answer answer = request.send(channel)) {
            return new Answer(answer.status(), new String(answer.bytes(), StandardCharsets.UTF_8));
        }
    }

    record Printed(int exit, String out, String err) {
    }

    record Answer(int status, String body) {
    }

    @Override
    public void close() {
        service.end();
        engine.libraries().close();
    }
}
