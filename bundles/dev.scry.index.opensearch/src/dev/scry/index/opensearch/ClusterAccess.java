package dev.scry.index.opensearch;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * How Scry gets into a cluster: nothing, a user with the file that holds the password (HTTP basic authentication), or
 * the file that holds an API key; and whether an https address's certificate goes unchecked ({@code insecure}, never
 * the default). The secret is read from its file each time a connection is made ({@link #authorization()}), so this
 * object, the library's settings and every message hold the file's path, never the secret.
 *
 * @param user         the user name for basic authentication, or empty
 * @param passwordFile the file holding the user's password (its first line), with {@code user}
 * @param apiKeyFile   the file holding an API key (its first line), without {@code user}
 * @param insecure     whether an https address's certificate is accepted unchecked
 */
public record ClusterAccess(Optional<String> user, Optional<Path> passwordFile, Optional<Path> apiKeyFile, boolean insecure) {
    /** No credentials, certificates checked. */
    public static final ClusterAccess NONE = new ClusterAccess(Optional.empty(), Optional.empty(), Optional.empty(), false);

    public ClusterAccess {
        if (user.isPresent() != passwordFile.isPresent()) {
            throw new IllegalArgumentException("a user name and a password file go together");
        }
        if (apiKeyFile.isPresent() && user.isPresent()) {
            throw new IllegalArgumentException("either a user and a password file or an API key file, not both");
        }
        if (user.isPresent() && (user.get().isBlank() || user.get().contains(":"))) {
            throw new IllegalArgumentException("not a user name for basic authentication (empty, or with a ':'): " + user.get());
        }
    }

    /** The {@code Authorization} header's value, read from the secret's file now, or empty without credentials. */
    Optional<String> authorization() throws IOException {
        if (passwordFile.isPresent()) {
            String pair = user.orElseThrow() + ":" + secret(passwordFile.get(), "password file");
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (apiKeyFile.isPresent()) {
            return Optional.of("ApiKey " + secret(apiKeyFile.get(), "API key file"));
        }
        return Optional.empty();
    }

    /** The first line of {@code file}, stripped; an error names the file and the reason, never what it holds. */
    private static String secret(Path file, String what) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read the " + what + " " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read the " + what + " " + file + ": permission denied");
        } catch (MalformedInputException e) {
            throw new IOException("cannot read the " + what + " " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IOException("cannot read the " + what + " " + file + ": " + (Files.isDirectory(file) ? "a folder" : "unreadable"));
        }
        String line = content.lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            throw new IOException("the " + what + " " + file + " is empty");
        }
        return line;
    }

    /** Whether there are credentials. */
    public boolean hasCredentials() {
        return passwordFile.isPresent() || apiKeyFile.isPresent();
    }
}
