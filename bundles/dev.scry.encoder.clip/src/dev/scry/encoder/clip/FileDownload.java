package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Downloads one file into a partial file that outlives a crash, Ctrl+C or a lost connection: when the
 * partial file already holds bytes, the download asks only for the rest (HTTP {@code Range}) and starts
 * over when the server does not honour it. The bytes are hashed as they arrive; {@link #fetch} returns
 * the SHA-256 of the whole file.
 */
final class FileDownload {
    private final HttpClient client;
    private final DownloadProgress progress;

    FileDownload(HttpClient client, DownloadProgress progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * Completes {@code partial} from {@code address}.
     *
     * @param label the file's name in progress reports
     * @param size the file's size when known (-1 otherwise): a partial file of that size is not fetched again
     * @param what the start of error messages
     * @return the SHA-256 of the complete file, lower-case hex
     * @throws ModelException if the download fails or is cancelled; the partial file keeps what arrived
     */
    String fetch(URI address, Path partial, String label, long size, String what) throws ModelException {
        long have = existing(partial);
        if (size >= 0 && have > size) {
            delete(partial, what);
            have = 0;
        }
        progress.file(label, have, size);
        if (size >= 0 && have == size) {
            return sha256(partial, what);
        }
        if ("file".equalsIgnoreCase(address.getScheme())) {
            return fromFile(Path.of(address), partial, have, what);
        }
        HttpResponse<InputStream> response = WebRequests.get(client, address, have > 0 ? "bytes=" + have + "-" : null, what);
        int status = response.statusCode();
        if (have > 0 && status == 416) {
            WebRequests.closeQuietly(response);
            return sha256(partial, what); // the server has no bytes past the ones kept: the file is complete
        }
        if (have > 0 && (status == 200 || (status == 206 && !rangeStartsAt(response, have)))) {
            have = 0; // the server sends the whole file: start over
            if (status == 206) {
                WebRequests.closeQuietly(response);
                response = WebRequests.get(client, address, null, what);
                status = response.statusCode();
            }
        }
        if (status != 200 && status != 206) {
            WebRequests.closeQuietly(response);
            throw new ModelException(what + "the server answered HTTP " + status + HubMetadata.status(status));
        }
        response.headers().firstValueAsLong("Content-Length").ifPresent(length -> progress.size(length));
        try (InputStream in = response.body()) {
            return append(in, partial, have, what);
        } catch (IOException e) {
            throw new ModelException(what + WebRequests.describe(e), e);
        }
    }

    private String fromFile(Path source, Path partial, long have, String what) throws ModelException {
        try (FileChannel channel = FileChannel.open(source)) {
            if (have > channel.size()) {
                have = 0;
            }
            channel.position(have);
            return append(Channels.newInputStream(channel), partial, have, what);
        } catch (NoSuchFileException e) {
            throw new ModelException(what + "no such file");
        } catch (IOException e) {
            throw new ModelException(what + WebRequests.describe(e), e);
        }
    }

    /** Appends the stream to the first {@code have} bytes of the partial file; returns the whole file's SHA-256. */
    private String append(InputStream in, Path partial, long have, String what) throws ModelException, IOException {
        MessageDigest digest = digest();
        if (have > 0) {
            hash(partial, have, digest);
        }
        byte[] buffer = new byte[1 << 16];
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            channel.truncate(have);
            channel.position(have);
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                if (!progress.add(n)) {
                    throw new ModelException(what + "cancelled");
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long existing(Path partial) {
        try {
            return Files.isRegularFile(partial) ? Files.size(partial) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean rangeStartsAt(HttpResponse<?> response, long have) {
        return response.headers().firstValue("Content-Range").map(r -> r.strip().startsWith("bytes " + have + "-")).orElse(false);
    }

    private static void hash(Path file, long length, MessageDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                digest.update(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static String sha256(Path file, String what) throws ModelException {
        try {
            MessageDigest digest = digest();
            hash(file, Files.size(file), digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ModelException(what + "cannot read " + file + ": " + WebRequests.describe(e), e);
        }
    }

    private static void delete(Path file, String what) throws ModelException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ModelException(what + "cannot delete " + file + ": " + WebRequests.describe(e), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
