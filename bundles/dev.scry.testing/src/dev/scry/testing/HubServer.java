package dev.scry.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model hub on 127.0.0.1 that behaves as Hugging Face's does for downloads, for tests: a file published
 * with {@link #publish} (an LFS file) answers a HEAD or GET on {@code /{repo}/resolve/{revision}/{path}}
 * with a redirect to a second server (the "CDN") and the headers {@code X-Linked-Etag} (its SHA-256,
 * quoted), {@code X-Linked-Size} and {@code X-Repo-Commit}; the CDN serves the bytes, with HTTP Range.
 * {@code POST /api/models/{repo}/paths-info/{revision}} lists the published files with their
 * {@code lfs.oid}. A file added with {@link #plain} is served directly (200 or 206), without
 * checksum headers, as a small git file or another web server is. Every request is recorded. Both
 * servers bind the loopback address and stop with {@link #close()}; each connection gets a thread.
 */
public final class HubServer implements AutoCloseable {
    private record Published(String commit, byte[] advertised, byte[] served) {
    }

    private final ServerSocket hub;
    private final ServerSocket cdn;
    private final Map<String, Published> lfs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> plain = new ConcurrentHashMap<>();
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, String> branches = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong dropAfter = new AtomicLong(-1);
    private volatile boolean linkedHeaders = true;
    private final java.util.concurrent.atomic.AtomicReference<Hold> hold = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * A body held after some bytes: the server sends them, then waits until {@link #release()} before it
     * sends the rest, so a test can act mid-download (cancel, look at the progress) without timing.
     */
    public static final class Hold {
        private final long after;
        private final java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        private Hold(long after) {
            this.after = after;
        }

        /** Whether the held body's first bytes were sent and the server waits. */
        public boolean reached() {
            return reached.getCount() == 0;
        }

        /** Lets the held body go on. */
        public void release() {
            released.countDown();
        }

        private void await() throws IOException {
            reached.countDown();
            try {
                if (!released.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IOException("a held download was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    public HubServer() throws IOException {
        hub = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        cdn = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start(hub, true);
        start(cdn, false);
    }

    /** The hub's address without a trailing '/', as {@code HF_ENDPOINT} takes it. */
    public String endpoint() {
        return "http://127.0.0.1:" + hub.getLocalPort();
    }

    /** The CDN's address without a trailing '/'. */
    public String cdn() {
        return "http://127.0.0.1:" + cdn.getLocalPort();
    }

    /** Publishes an LFS file of a repository ({@code owner/name}) at a revision. */
    public HubServer publish(String repo, String revision, String path, byte[] content) {
        return tamper(repo, revision, path, content, content);
    }

    /** Publishes a file whose metadata describe {@code advertised} but whose CDN serves {@code served}. */
    public HubServer tamper(String repo, String revision, String path, byte[] advertised, byte[] served) {
        lfs.put(repo + "/resolve/" + revision + "/" + path, new Published(revision, advertised, served));
        blobs.put(sha256(advertised), served);
        return this;
    }

    /** Makes a branch (or tag) of a repository resolve to a commit, as {@code main} does on the hub. */
    public HubServer branch(String repo, String branch, String commit) {
        branches.put(repo + "/resolve/" + branch + "/", repo + "/resolve/" + commit + "/");
        return this;
    }

    /** Serves a file directly at this address path (starting with '/'), without checksum headers. */
    public HubServer plain(String path, byte[] content) {
        plain.put(path, content);
        return this;
    }

    /** Whether HEAD answers carry X-Linked-Etag and X-Linked-Size (the hub's paths-info API always lists them). */
    public HubServer linkedHeaders(boolean on) {
        linkedHeaders = on;
        return this;
    }

    /** The next body served stops after this many bytes and the connection is closed, as a lost connection. */
    public HubServer dropNextAfter(long bytes) {
        dropAfter.set(bytes);
        return this;
    }

    /** The next body served (a GET, from the CDN or directly) stops after this many bytes until the hold is released. */
    public Hold holdNextAfter(long bytes) {
        Hold next = new Hold(bytes);
        hold.set(next);
        return next;
    }

    /** The requests so far, as {@code "GET /path"} plus {@code " Range: bytes=N-"} when one was asked. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void start(ServerSocket socket, boolean isHub) {
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread worker = new Thread(() -> answer(client, isHub), "hub-server-connection");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    // closed
                }
            }
        }, isHub ? "hub-server" : "hub-cdn");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void answer(Socket client, boolean isHub) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
                }
            }
            String[] parts = requestLine.split(" ");
            String method = parts[0];
            String path = parts.length > 1 ? parts[1] : "/";
            String range = headers.get("range");
            requests.add(method + " " + (isHub ? "" : "cdn:") + path + (range == null ? "" : " Range: " + range));
            int length = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length")) : 0;
            byte[] body = in.readNBytes(length);
            OutputStream out = client.getOutputStream();
            if (!isHub) {
                byte[] blob = path.length() > 1 ? blobs.get(path.substring(1)) : null;
                serve(out, method, blob, range, Map.of());
            } else if (method.equals("POST") && path.startsWith("/api/models/") && path.contains("/paths-info/")) {
                pathsInfo(out, path, new String(body, StandardCharsets.UTF_8));
            } else if (lfs.containsKey(resolved(path.substring(1)))) {
                Published file = lfs.get(resolved(path.substring(1)));
                StringBuilder extra = new StringBuilder();
                extra.append("Location: ").append(cdn()).append('/').append(sha256(file.advertised())).append("\r\n");
                if (file.commit().matches("[0-9a-f]{40}")) {
                    extra.append("X-Repo-Commit: ").append(file.commit()).append("\r\n");
                }
                if (linkedHeaders) {
                    extra.append("X-Linked-Etag: \"").append(sha256(file.advertised())).append("\"\r\n");
                    extra.append("X-Linked-Size: ").append(file.advertised().length).append("\r\n");
                }
                write(out, "302 Found", extra + "Content-Length: 0\r\n", new byte[0]);
            } else {
                serve(out, method, plain.get(path), range, Map.of("ETag", "\"" + Integer.toHexString(path.hashCode()) + "\""));
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            // the client went away, or the server is closing
        }
    }

    private String resolved(String key) {
        for (Map.Entry<String, String> branch : branches.entrySet()) {
            if (key.startsWith(branch.getKey())) {
                return branch.getValue() + key.substring(branch.getKey().length());
            }
        }
        return key;
    }

    private void serve(OutputStream out, String method, byte[] content, String range, Map<String, String> headers) throws IOException {
        if (content == null) {
            write(out, "404 Not Found", "Content-Length: 0\r\n", new byte[0]);
            return;
        }
        StringBuilder extra = new StringBuilder("Accept-Ranges: bytes\r\n");
        headers.forEach((k, v) -> extra.append(k).append(": ").append(v).append("\r\n"));
        int from = 0;
        String status = "200 OK";
        if (range != null && range.matches("bytes=\\d+-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= content.length) {
                write(out, "416 Range Not Satisfiable", "Content-Range: bytes */" + content.length + "\r\nContent-Length: 0\r\n", new byte[0]);
                return;
            }
            status = "206 Partial Content";
            extra.append("Content-Range: bytes ").append(from).append('-').append(content.length - 1).append('/').append(content.length)
                    .append("\r\n");
        }
        byte[] body = java.util.Arrays.copyOfRange(content, from, content.length);
        extra.append("Content-Length: ").append(body.length).append("\r\n");
        if (method.equals("HEAD")) {
            write(out, status, extra.toString(), new byte[0]);
            return;
        }
        Hold held = hold.getAndSet(null);
        if (held != null && held.after < body.length) {
            write(out, status, extra.toString(), java.util.Arrays.copyOf(body, (int) held.after));
            out.flush();
            held.await();
            out.write(body, (int) held.after, body.length - (int) held.after);
            return;
        }
        long drop = dropAfter.getAndSet(-1);
        if (drop >= 0 && drop < body.length) {
            write(out, status, extra.toString(), java.util.Arrays.copyOf(body, (int) drop));
            out.flush();
            throw new IOException("connection dropped on purpose");
        }
        write(out, status, extra.toString(), body);
    }

    private void pathsInfo(OutputStream out, String path, String form) throws IOException {
        String rest = path.substring("/api/models/".length());
        int at = rest.indexOf("/paths-info/");
        String repo = rest.substring(0, at);
        String revision = rest.substring(at + "/paths-info/".length());
        List<String> entries = new ArrayList<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals("paths")) {
                String file = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                Published published = lfs.get(repo + "/resolve/" + revision + "/" + file);
                if (published != null) {
                    String sha = sha256(published.advertised());
                    entries.add("{\"type\":\"file\",\"oid\":\"" + "0".repeat(40) + "\",\"size\":" + published.advertised().length
                            + ",\"lfs\":{\"oid\":\"" + sha + "\",\"size\":" + published.advertised().length
                            + ",\"pointerSize\":134},\"path\":\"" + file + "\"}");
                }
            }
        }
        byte[] json = ("[" + String.join(",", entries) + "]").getBytes(StandardCharsets.UTF_8);
        write(out, "200 OK", "Content-Type: application/json\r\nContent-Length: " + json.length + "\r\n", json);
    }

    private static void write(OutputStream out, String status, String headers, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return line.toString().strip();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        hub.close();
        cdn.close();
    }
}
