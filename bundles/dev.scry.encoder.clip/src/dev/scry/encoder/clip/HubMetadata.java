package dev.scry.encoder.clip;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a server publishes about a file before downloading it. A HEAD on the address, without
 * following the redirect, answers on the Hugging Face hub {@code X-Linked-Etag} (for an LFS file the
 * SHA-256 of its content, quoted), {@code X-Linked-Size} and {@code X-Repo-Commit}; when the HEAD carries
 * no SHA-256, the hub's {@code paths-info} API gives the file's {@code lfs.oid}. Other servers give at
 * most a size ({@code Content-Length}). Small files kept in git (not LFS) have only a git SHA-1, which
 * is no SHA-256 of the content and is never taken for one.
 */
final class HubMetadata {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LFS_OID = Pattern.compile("\"lfs\"\\s*:\\s*\\{[^}]*\"oid\"\\s*:\\s*\"(?:sha256:)?([0-9a-fA-F]{64})\"");

    private final HttpClient client;

    HubMetadata(HttpClient client) {
        this.client = client;
    }

    /**
     * What the server publishes about the file at {@code address}.
     *
     * @throws ModelException if the server cannot be reached or answers with an error (4xx, 5xx)
     */
    PublishedFile read(URI address, String what) throws ModelException {
        HttpRequest head = WebRequests.request(address).timeout(Duration.ofMinutes(1))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> response = WebRequests.send(client, head, HttpResponse.BodyHandlers.discarding(), what);
        int status = response.statusCode();
        if (status >= 400) {
            throw new ModelException(what + "the server answered HTTP " + status + status(status));
        }
        var headers = response.headers();
        String sha = headers.firstValue("X-Linked-Etag").map(HubMetadata::etag).filter(e -> SHA256.matcher(e).matches()).orElse("");
        long size = headers.firstValueAsLong("X-Linked-Size").orElse(status < 300 ? headers.firstValueAsLong("Content-Length").orElse(-1) : -1);
        String commit = headers.firstValue("X-Repo-Commit").orElse("").strip().toLowerCase(Locale.ROOT);
        if (sha.isEmpty()) {
            var hubFile = HubFile.of(address);
            if (hubFile.isPresent()) {
                sha = pathsInfo(hubFile.get(), what);
            }
        }
        return new PublishedFile(sha, size, commit);
    }

    /** The {@code lfs.oid} the hub's paths-info API lists for the file, or "" when it lists none. */
    private String pathsInfo(HubFile file, String what) throws ModelException {
        String form = "paths=" + URLEncoder.encode(file.path(), StandardCharsets.UTF_8) + "&expand=false";
        HttpRequest post = WebRequests.request(file.pathsInfo()).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = WebRequests.send(client, post, HttpResponse.BodyHandlers.ofString(), what);
        if (response.statusCode() != 200) {
            return "";
        }
        Matcher m = LFS_OID.matcher(response.body());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String etag(String value) {
        String e = value.strip();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        return e.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    static String status(int status) {
        return switch (status) {
            case 401, 403 -> " (the file is private or gated: it needs an account's permission)";
            case 404 -> " (no such file at that revision)";
            case 429 -> " (too many requests: try again later)";
            default -> status >= 500 ? " (a server error: try again later)" : "";
        };
    }
}
