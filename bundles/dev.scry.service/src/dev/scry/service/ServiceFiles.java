package dev.scry.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import dev.scry.library.ScryHome;

/**
 * The files of a Scry home's service, in a folder only the user can enter ({@code service/}, 0700):
 * the Unix domain socket ({@code scry.sock}) and the token a TCP client must send ({@code token}, 0600).
 *
 * @param folder the service folder
 */
public record ServiceFiles(Path folder) {
    /** The service files of {@code home}. */
    public static ServiceFiles of(ScryHome home) {
        return new ServiceFiles(home.folder().resolve("service"));
    }

    public Path socket() {
        return folder.resolve("scry.sock");
    }

    public Path tokenFile() {
        return folder.resolve("token");
    }

    /** Makes the folder (0700, also when it was there with wider permissions). */
    void prepare() throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    /** The token, generated (32 random bytes in hex) and kept 0600 the first time. */
    String token() throws IOException {
        Path file = tokenFile();
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (kept.length() >= 32) {
                return kept;
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path fresh = Files.createTempFile(folder, "token", ".new", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(fresh, token + "\n", StandardCharsets.US_ASCII);
        Files.move(fresh, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return token;
    }
}
