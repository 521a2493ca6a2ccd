package dev.scry.service;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.scry.cli.ExitCodes;
import dev.scry.client.Frames;

/**
 * {@code POST /v1/cli}: runs a client's command line (its working directory and arguments, NUL-ended,
 * in the body, then the standard input it sends, counted by {@link Frames#INPUT_HEADER}; in the language
 * {@link Frames#LANGUAGE_HEADER} names) and streams what it prints as {@link Frames}, ending with its exit code;
 * {@code POST /v1/cli/ID/stop} asks a running call to stop, as Ctrl+C does in-process.
 */
final class CliEndpoint {
    /** The arguments and the standard input sent with them ({@code --from-file -}) at most. */
    private static final long ARGUMENTS_LIMIT = 16 << 20;

    private final CommandLines commandLines;
    private final Calls calls;

    CliEndpoint(CommandLines commandLines, Calls calls) {
        this.commandLines = commandLines;
        this.calls = calls;
    }

    void run(Request request, Response response, Callback callback) throws Exception {
        List<String> fields = new ArrayList<>();
        byte[] body = Answers.body(request, ARGUMENTS_LIMIT);
        int inputLength;
        try {
            String given = request.getHeaders().get(Frames.INPUT_HEADER);
            inputLength = given == null ? 0 : Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            inputLength = -1;
        }
        if (inputLength < 0 || inputLength > body.length) {
            Answers.error(response, callback, 400, ExitCodes.USAGE, "the " + Frames.INPUT_HEADER + " header must count bytes of the body");
            return;
        }
        int argvLength = body.length - inputLength;
        InputStream input = new ByteArrayInputStream(body, argvLength, inputLength);
        String languageTag = request.getHeaders().get(Frames.LANGUAGE_HEADER);
        Locale language = languageTag == null || languageTag.isBlank() ? null : Locale.forLanguageTag(languageTag.strip());
        int start = 0;
        for (int i = 0; i < argvLength; i++) {
            if (body[i] == 0) {
                fields.add(new String(body, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        Path cwd;
        try {
            cwd = fields.isEmpty() ? null : Path.of(fields.get(0));
        } catch (InvalidPathException e) {
            cwd = null;
        }
        if (cwd == null || !cwd.isAbsolute()) {
            Answers.error(response, callback, 400, ExitCodes.USAGE, "the body must start with the absolute working directory, NUL-ended");
            return;
        }
        List<String> args = fields.subList(1, fields.size());
        if (commandLines.otherHome(cwd, args)) {
            Answers.text(response, callback, Frames.MISDIRECTED, "text/plain; charset=utf-8",
                    "this service serves the Scry home " + commandLines.home().folder() + "\n");
            return;
        }
        String id = request.getHeaders().get(Frames.CALL_HEADER);
        Call call;
        try {
            call = calls.begin(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, args);
        } catch (IllegalArgumentException e) {
            Answers.error(response, callback, 409, ExitCodes.USAGE, e.getMessage());
            return;
        }
        try {
            boolean terminal = Boolean.parseBoolean(request.getHeaders().get(Frames.TERMINAL_HEADER));
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Frames.CONTENT_TYPE);
            OutputStream answer = Content.Sink.asOutputStream(response);
            Runnable lost = call.stop()::ask; // the client is gone: stop as Ctrl+C would
            PrintStream out = new PrintStream(new FrameStream(answer, Frames.OUT, lost), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FrameStream(answer, Frames.ERR, lost), true, StandardCharsets.UTF_8);
            int exit = commandLines.run(call, cwd, terminal, language, input, out, err);
            out.flush();
            err.flush();
            FrameStream.exit(answer, exit, lost);
            answer.close();
            callback.succeeded();
        } catch (Exception e) {
            callback.failed(e);
        } finally {
            calls.end(call);
        }
    }

    void stop(String id, Response response, Callback callback) {
        calls.find(id).ifPresentOrElse(call -> {
            call.stop().ask();
            Answers.json(response, callback, 200, "{\"stopping\": " + dev.scry.cli.Json.string(id) + "}");
        }, () -> Answers.error(response, callback, 404, ExitCodes.NOT_FOUND, "no call " + id + " is running"));
    }
}
