package dev.scry.index.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenSearch cluster as Scry talks to it: its REST API at one or more addresses (a request that finds an
 * address unreachable goes to the next), with the credentials it wants. Errors are an {@link IOException}
 * whose message is a sentence naming the cluster's address and the reason; the credentials are never in it.
 */
public final class Cluster implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final List<URI> addresses;
    private final Optional<String> authorization;
    private final HttpClient client;

    private Cluster(List<URI> addresses, Optional<String> authorization, boolean insecure) {
        this.addresses = List.copyOf(addresses);
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (insecure) {
            builder.sslContext(UncheckedCertificates.context());
        }
        this.client = builder.build();
    }

    /**
     * The cluster at {@code urls} (one or more, comma-separated, {@code http://} or {@code https://}), without credentials;
     * an https address's certificate is checked against Java's trust store.
     */
    public static Cluster at(String urls) {
        return new Cluster(addresses(urls), Optional.empty(), false);
    }

    /**
     * The cluster at {@code urls} entered with {@code access}: its secret is read from its file now (an error names the
     * file), and its certificates are checked unless {@code access} is insecure.
     */
    public static Cluster at(String urls, ClusterAccess access) throws IOException {
        List<URI> addresses = addresses(urls);
        return new Cluster(addresses, access.authorization(), access.insecure());
    }

    private static List<URI> addresses(String urls) {
        List<URI> list = new java.util.ArrayList<>();
        for (String url : urls.split(",")) {
            String u = url.strip();
            URI uri;
            try {
                uri = URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an OpenSearch address: " + u);
            }
            if (uri.getRawUserInfo() != null) { // the message must not repeat the address: it holds a secret
                throw new IllegalArgumentException("an OpenSearch address with a user (and perhaps a password) in it: give --user and "
                        + "--password-file instead");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an OpenSearch address (http://HOST:PORT or https://HOST:PORT): " + u);
            }
            list.add(uri);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch address given");
        }
        return list;
    }

    /** The first address, as the user gave it: how messages name the cluster. */
    public String name() {
        return addresses.get(0).toString();
    }

    /**
     * The version of OpenSearch the cluster runs, asked of it: what tells that it is reachable and answers as
     * OpenSearch does. An error is an {@link IOException} naming the address and the reason.
     */
    public String version() throws IOException {
        Map<String, Object> answer = send("GET", "/", null);
        Object version = answer.get("version") instanceof Map<?, ?> v ? v.get("number") : null;
        if (version == null) {
            throw new IOException(name() + " answered, but not as OpenSearch does (no version)");
        }
        return version.toString();
    }

    /** The answer to {@code method path} with {@code body} (JSON, or null), or empty when the cluster answers 404. */
    Optional<Map<String, Object>> sendIfFound(String method, String path, Object body) throws IOException {
        return send(method, path, body == null ? null : Json.write(body), "application/json", true);
    }

    /** The answer to {@code method path} with {@code body} (JSON, or null); anything but a 2xx is an error. */
    Map<String, Object> send(String method, String path, Object body) throws IOException {
        return send(method, path, body == null ? null : Json.write(body), "application/json", false).orElseThrow();
    }

    /** The answer to a bulk request ({@code _bulk}, {@code _msearch}), {@code lines} in its newline-delimited form. */
    Map<String, Object> bulk(String path, String lines) throws IOException {
        return send("POST", path, lines, "application/x-ndjson", false).orElseThrow();
    }

    private Optional<Map<String, Object>> send(String method, String path, String body, String type, boolean notFoundIsEmpty)
            throws IOException {
        IOException last = null;
        for (URI address : addresses) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path)).timeout(TIMEOUT)
                    .header("Content-Type", type).header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            authorization.ifPresent(a -> request.header("Authorization", a));
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (untrusted(e)) {
                    throw new IOException("OpenSearch at " + address + " presented a certificate that is not trusted (not signed by an "
                            + "authority in Java's trust store, or not for this host name): add its authority to the trust store, or use "
                            + "--insecure to accept it unchecked", e);
                }
                last = e instanceof ConnectException || e instanceof HttpTimeoutException
                        ? new IOException("OpenSearch at " + address + " is unreachable: " + reason(e), e)
                        : new IOException("OpenSearch at " + address + " did not answer: " + reason(e), e);
                continue; // the next node may answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("stopped while waiting for OpenSearch at " + address);
            }
            int status = response.statusCode();
            if (status == 404 && notFoundIsEmpty) {
                return Optional.empty();
            }
            if (status == 401 && authorization.isEmpty()) {
                throw new IOException("OpenSearch at " + address + " wants credentials (401): give --user and --password-file, "
                        + "or --api-key-file");
            }
            if (status == 401 || status == 403) {
                throw new IOException("OpenSearch at " + address + " refused the credentials (" + status + ")");
            }
            if (status / 100 != 2) {
                throw new IOException("OpenSearch at " + address + " refused " + method + " " + path + " (" + status + "): "
                        + errorReason(response.body()));
            }
            if (response.body().isBlank()) {
                return Optional.of(Map.of()); // HEAD and a few others answer without a body
            }
            try {
                return Optional.of(Json.object(Json.parse(response.body())));
            } catch (IllegalArgumentException e) {
                throw new IOException("OpenSearch at " + address + " answered " + method + " " + path + " with something else than JSON");
            }
        }
        throw last;
    }

    /** Whether {@code e} is a TLS handshake that failed on the server's certificate. */
    private static boolean untrusted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLHandshakeException || cause instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "no connection" : e.getMessage();
    }

    /** The {@code error.reason} of an error answer, else its start. */
    private static String errorReason(String body) {
        try {
            Map<String, Object> error = Json.object(Json.object(Json.parse(body)).get("error"));
            Object cause = Json.list(error.get("root_cause")).stream().map(Json::object).map(c -> c.get("reason")).findFirst()
                    .orElse(error.get("reason"));
            if (cause != null) {
                return cause.toString();
            }
        } catch (IllegalArgumentException notJson) {
            // shown as it came
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    @Override
    public void close() {
        client.close();
    }
}
