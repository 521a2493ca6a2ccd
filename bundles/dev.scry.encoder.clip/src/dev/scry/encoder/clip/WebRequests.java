package dev.scry.encoder.clip;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Sends the installer's HTTP requests and turns what goes wrong into a sentence: offline or behind a
 * proxy, a server error, interrupted. Redirects are not followed by the client: HEADs must see the hub's
 * own answer, and downloads follow them here so that a Range header goes along.
 */
final class WebRequests {
    private static final int MAX_REDIRECTS = 8;

    private WebRequests() {
    }

    /** A client for the installer: connect timeout, the system's proxy, no automatic redirects. */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(java.net.ProxySelector.getDefault()).build();
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("User-Agent", "scry-model-installer");
    }

    /** Sends one request; {@code what} starts every error message ("clip-vit-b32: cannot download x from y: "). */
    static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body, String what)
            throws ModelException {
        try {
            return client.send(request, body);
        } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException | UnknownHostException e) {
            throw new ModelException(what + "cannot connect to " + request.uri().getHost()
                    + " (offline, or behind a proxy? set https.proxyHost) (" + describe(e) + ")", e);
        } catch (IOException e) {
            throw new ModelException(what + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(what + "interrupted", e);
        }
    }

    /** A GET that follows redirects itself, keeping the request's headers (Range) on every hop. */
    static HttpResponse<java.io.InputStream> get(HttpClient client, URI uri, String range, String what) throws ModelException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = request(at).timeout(Duration.ofMinutes(30)).GET();
            if (range != null) {
                request.header("Range", range);
            }
            HttpResponse<java.io.InputStream> response = send(client, request.build(), HttpResponse.BodyHandlers.ofInputStream(), what);
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304) {
                return response;
            }
            closeQuietly(response);
            String location = response.headers().firstValue("Location").orElseThrow(() -> new ModelException(
                    what + "the server answered HTTP " + status + " without saying where to"));
            at = at.resolve(location);
        }
        throw new ModelException(what + "more than " + MAX_REDIRECTS + " redirects");
    }

    static void closeQuietly(HttpResponse<java.io.InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing left to read
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the connection failed" : message;
    }
}
