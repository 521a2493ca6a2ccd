package dev.scry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A loopback proxy in front of a test cluster, which has no security plugin: over https with a certificate made for the
 * test ({@link #selfSignedKeyStore}), and/or letting through only requests with one {@code Authorization} header (401
 * otherwise, as a secured cluster answers). It keeps the headers it was sent, so a test can see what reached it.
 */
public final class OpenSearchProxy implements AutoCloseable {
    private static final char[] STORE_PASSWORD = "test-only".toCharArray();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final String authorization;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private OpenSearchProxy(HttpServer server, String target, String authorization) {
        this.server = server;
        this.target = URI.create(target.split(",")[0]);
        this.authorization = authorization;
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** A plain http proxy to {@code target} that wants {@code authorization} (the whole header's value; null: none). */
    public static OpenSearchProxy http(String target, String authorization) throws IOException {
        return new OpenSearchProxy(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50), target, authorization);
    }

    /** An https proxy to {@code target} with the key and certificate in {@code keyStore} (from {@link #selfSignedKeyStore}). */
    public static OpenSearchProxy https(String target, Path keyStore, String authorization) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the test key store " + keyStore + ": " + e.getMessage(), e);
        }
        return new OpenSearchProxy(server, target, authorization);
    }

    /**
     * A PKCS12 key store in {@code folder} with a new self-signed certificate for 127.0.0.1 and localhost, made with this
     * Java's {@code keytool}; returns its path.
     */
    public static Path selfSignedKeyStore(Path folder) throws IOException {
        Path store = folder.resolve("proxy.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "proxy", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not make a certificate: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool made a certificate", e);
        }
        return store;
    }

    /** The proxy's address: {@code http://127.0.0.1:PORT} or {@code https://127.0.0.1:PORT}. */
    public String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The {@code Authorization} headers of the requests so far ({@code -} for none), in order. */
    public List<String> authorizations() {
        return List.copyOf(seen);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(given == null ? "-" : given);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (authorization != null && !authorization.equals(given)) {
                byte[] refusal = "{\"error\": {\"reason\": \"authentication required\"}, \"status\": 401}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(401, refusal.length);
                exchange.getResponseBody().write(refusal);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
            boolean empty = response.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : response.body().length);
            if (!empty) {
                exchange.getResponseBody().write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        client.close();
    }
}
