package dev.scry.service;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.scry.cli.ExitCodes;
import dev.scry.cli.Json;

/** Writing the service's answers: JSON bodies, and errors as {@code {"error": {"code": N, "reason": "..."}}}. */
final class Answers {
    /** Thrown when a request body is larger than allowed: answered with 413. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the upload is larger than the limit of " + limit + " bytes (scry serve --max-upload)");
        }
    }

    private Answers() {
    }

    static void json(Response response, Callback callback, int status, String json) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, json + "\n", callback);
    }

    static void text(Response response, Callback callback, int status, String contentType, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, text, callback);
    }

    /** An error with a command line exit code ({@link ExitCodes}) and its reason. */
    static void error(Response response, Callback callback, int status, int code, String reason) {
        json(response, callback, status, "{\"error\": {\"code\": " + code + ", \"reason\": " + Json.string(reason) + "}}");
    }

    /** The HTTP status for a command's exit code. */
    static int status(int exit) {
        return switch (exit) {
            case ExitCodes.OK -> 200;
            case ExitCodes.USAGE -> 400;
            case ExitCodes.IN_USE -> 409;
            case ExitCodes.NOT_FOUND -> 404;
            case ExitCodes.NOTHING_INDEXED -> 422;
            case ExitCodes.INTERRUPTED -> 409;
            default -> 500;
        };
    }

    /** The request's body, at most {@code limit} bytes. */
    static byte[] body(Request request, long limit) throws IOException, TooLarge {
        long declared = request.getLength();
        if (declared > limit) {
            throw new TooLarge(limit);
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLarge(limit);
            }
            return bytes;
        }
    }
}
