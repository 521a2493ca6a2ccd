package dev.scry.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.0 request to a Scry service over a socket channel (a Unix domain socket or TCP, which the
 * JDK's HTTP client cannot both reach), and its answer, read as it arrives. HTTP/1.0 keeps the answer
 * simple: no chunks, the body ends with the connection.
 */
public final class ServiceRequest {
    private final String method;
    private final String target;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    /** A request for {@code target} (a path with its query), for instance {@code POST /v1/cli}. */
    public ServiceRequest(String method, String target) {
        this.method = method;
        this.target = target;
    }

    /** Adds a header (ASCII). */
    public ServiceRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The body and its content type. */
    public ServiceRequest body(String contentType, byte[] bytes) {
        headers.put("Content-Type", contentType);
        body = bytes;
        return this;
    }

    /** The answer: its status, headers (names in lower case) and body, which the caller reads and closes. */
    public record Answer(int status, Map<String, String> headers, InputStream body) implements AutoCloseable {
        /** The whole body. */
        public byte[] bytes() throws IOException {
            try (InputStream in = body) {
                return in.readAllBytes();
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** Sends the request on {@code channel} and reads the answer's head; the body is read from the answer. */
    public Answer send(SocketChannel channel) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\nHost: scry\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        OutputStream out = Channels.newOutputStream(channel);
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel));
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                answerHeaders.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        try {
            return new Answer(Integer.parseInt(parts[1]), answerHeaders, in);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + statusLine, e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the service closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
