package dev.scry.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Who signed the example plugin the build made (its test key, made by the build): read from the signed
 * bundle jar of its repository, as a user would read it with {@code keytool -printcert -jarfile}.
 *
 * @param subject     the certificate's subject
 * @param fingerprint the certificate's SHA-256, upper-case hex: what {@code --trust-signer} takes
 */
record ExampleSigner(String subject, String fingerprint) {
    static ExampleSigner of(Path repository) throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(repository.resolve("plugins"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("dev.scry.example.colours_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no example bundle in " + repository));
        }
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            JarEntry manifest = file.getJarEntry("META-INF/MANIFEST.MF");
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.readAllBytes(); // a signed entry names its signers once it is read whole
                } catch (IOException e) {
                    throw new AssertionError(jar + ": " + e.getMessage(), e);
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw new AssertionError(jar + ": " + entry.getName() + " is not signed");
                }
                X509Certificate certificate = (X509Certificate) signers[0].getSignerCertPath().getCertificates().get(0);
                return new ExampleSigner(certificate.getSubjectX500Principal().getName(),
                        HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
            }
            throw new AssertionError(jar + " has no entries" + (manifest == null ? " and no manifest" : ""));
        }
    }
}
