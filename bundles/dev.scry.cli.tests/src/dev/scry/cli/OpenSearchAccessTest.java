package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchProxy;
import dev.scry.testing.OpenSearchTestCluster;

/**
 * Credentials and TLS of a library on OpenSearch ({@code --user/--password-file}, {@code --api-key-file}, {@code --insecure}),
 * through loopback proxies in front of the test cluster (which has no security plugin): one that wants an
 * {@code Authorization} header as a secured cluster does, one over https with a certificate made by the test. The secret
 * is read from its file each time, reaches the cluster, and is in no output, settings or log.
 */
@ExtendWith(OpenSearchClusterExtension.class)
class OpenSearchAccessTest {
    private static final String SECRET = "s3cr3t-Pa55-word";

    @TempDir
    Path temp;

    private CommandLineSession session() {
        return new CommandLineSession(temp.resolve("home"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPasswordFromItsFileEntersTheClusterAndIsNeverShown(OpenSearchTestCluster cluster) throws IOException {
        Path pictures = CommandLineSession.pictures(temp.resolve("pictures"), 3);
        Path password = Files.writeString(temp.resolve("password.txt"), SECRET + "\n");
        List<String> said = new ArrayList<>();
        try (OpenSearchProxy secured = OpenSearchProxy.http(cluster.urls(), basic("scry", SECRET))) {
            CommandLineSession scry = session();
            assertEquals(1, scry.scry("lib", "create", "open", "--opensearch", secured.url()));
            assertEquals("scry: cannot create library open: OpenSearch at " + secured.url() + " wants credentials (401): give --user and"
                    + " --password-file, or --api-key-file\n", scry.err());
            Path wrong = Files.writeString(temp.resolve("wrong.txt"), "not-it\n");
            assertEquals(1, scry.scry("lib", "create", "wrong", "--opensearch", secured.url(), "--user", "scry", "--password-file", wrong.toString()));
            assertEquals("scry: cannot create library wrong: OpenSearch at " + secured.url() + " refused the credentials (401)\n", scry.err());
            assertEquals(1, scry.scry("lib", "create", "gone", "--opensearch", secured.url(), "--user", "scry", "--password-file",
                    temp.resolve("missing.txt").toString()));
            assertEquals("scry: cannot create library gone: cannot read the password file " + temp.resolve("missing.txt") + ": no such file\n",
                    scry.err());
            assertFalse(Files.exists(temp.resolve("home/libraries/open")) || Files.exists(temp.resolve("home/libraries/wrong"))
                    || Files.exists(temp.resolve("home/libraries/gone")), "a command that fails changes nothing");

            assertEquals(0, scry.scry("lib", "create", "studio", "--opensearch", secured.url(), "--index", "secured", "--user", "scry",
                    "--password-file", password.toString()), scry.err());
            said.add(scry.out() + scry.err());
            assertEquals("created library studio on OpenSearch at " + secured.url() + ", index secured, as scry (password in " + password
                    + ")\n", scry.out());
            assertEquals(0, scry.scry("-l", "studio", "add", pictures.toString()), scry.err());
            said.add(scry.out() + scry.err());
            assertEquals(0, scry.scry("-l", "studio", "search", "--json", "pic1"), scry.err());
            said.add(scry.out() + scry.err());
            assertTrue(scry.out().contains("pic1.png"), scry.out());
            assertEquals(0, scry.scry("lib", "info", "studio"), scry.err());
            said.add(scry.out() + scry.err());
            assertTrue(scry.out().contains("as scry (password in " + password + ")"), scry.out());
            assertEquals(0, scry.scry("lib", "info", "studio", "--json"), scry.err());
            said.add(scry.out() + scry.err());
            assertTrue(scry.out().contains("\"opensearch\": {\"url\": " + Json.string(secured.url()) + ", \"index\": \"secured\", \"user\": \"scry\", "
                    + "\"password_file\": " + Json.string(password.toString()) + "}"), scry.out());
            assertTrue(secured.authorizations().stream().anyMatch(basic("scry", SECRET)::equals), "the password reached the cluster");

            // the file is read each time: a changed password is used at once, and a wrong one is refused, naming no secret
            Files.writeString(password, "changed-" + SECRET + "\n");
            assertEquals(1, scry.scry("-l", "studio", "search", "--json", "pic1"));
            assertEquals("scry: cannot read library studio: OpenSearch at " + secured.url() + " refused the credentials (401)\n", scry.err());
            said.add(scry.out() + scry.err());
            Files.writeString(password, SECRET + "\n");
            assertEquals(0, scry.scry("-l", "studio", "lib", "remove", "studio", "--yes"), scry.err());
            said.add(scry.out() + scry.err());
        }
        for (String output : said) {
            assertFalse(output.contains(SECRET) || output.contains(basic("scry", SECRET).substring(6)), output);
        }
        assertNoSecretIn(temp.resolve("home"));
        assertNoSecretIn(platformLog());
    }

    @Test
    void anApiKeyFromItsFileEntersTheCluster(OpenSearchTestCluster cluster) throws IOException {
        Path key = Files.writeString(temp.resolve("api.key"), SECRET + "\n");
        try (OpenSearchProxy secured = OpenSearchProxy.http(cluster.urls(), "ApiKey " + SECRET)) {
            CommandLineSession scry = session();
            assertEquals(2, scry.scry("lib", "create", "both", "--opensearch", secured.url(), "--user", "scry", "--password-file",
                    key.toString(), "--api-key-file", key.toString()));
            assertTrue(scry.err().startsWith("scry: either --user with --password-file or --api-key-file, not both\n"), scry.err());
            assertEquals(2, scry.scry("lib", "create", "half", "--opensearch", secured.url(), "--user", "scry"));
            assertTrue(scry.err().startsWith("scry: --user and --password-file go together\n"), scry.err());
            assertEquals(2, scry.scry("lib", "create", "local", "--insecure"));
            assertTrue(scry.err().startsWith("scry: --user, --password-file, --api-key-file and --insecure go with --opensearch URL\n"),
                    scry.err());
            assertEquals(2, scry.scry("lib", "create", "inline", "--opensearch", "http://scry:" + SECRET + "@127.0.0.1:9200"));
            assertFalse(scry.err().contains(SECRET), scry.err());
            assertTrue(scry.err().startsWith("scry: cannot create library inline: an OpenSearch address with a user"), scry.err());

            assertEquals(0, scry.scry("lib", "create", "keyed", "--opensearch", secured.url(), "--index", "keyed", "--api-key-file",
                    key.toString()), scry.err());
            assertFalse(scry.out().contains(SECRET), scry.out());
            assertEquals(0, scry.scry("-l", "keyed", "add", CommandLineSession.pictures(temp.resolve("pictures"), 2).toString()), scry.err());
            assertTrue(scry.out().contains("indexed 2 pictures"), scry.out());
            String settings = Files.readString(temp.resolve("home/libraries/keyed/library.properties"));
            assertTrue(settings.contains("opensearch.api_key_file=") && !settings.contains(SECRET), settings);
            assertEquals(0, scry.scry("lib", "remove", "keyed", "--yes"), scry.err());
        }
        assertNoSecretIn(temp.resolve("home"));
    }

    @Test
    void httpsIsVerifiedUnlessInsecureIsAsked(OpenSearchTestCluster cluster) throws IOException {
        Path keyStore = OpenSearchProxy.selfSignedKeyStore(temp);
        try (OpenSearchProxy tls = OpenSearchProxy.https(cluster.urls(), keyStore, null)) {
            assertTrue(tls.url().startsWith("https://127.0.0.1:"), tls.url());
            CommandLineSession scry = session();
            assertEquals(1, scry.scry("lib", "create", "self", "--opensearch", tls.url()));
            assertEquals("scry: cannot create library self: OpenSearch at " + tls.url() + " presented a certificate that is not trusted (not"
                    + " signed by an authority in Java's trust store, or not for this host name): add its authority to the trust store, or"
                    + " use --insecure to accept it unchecked\n", scry.err());
            assertFalse(Files.exists(temp.resolve("home/libraries/self")), "a command that fails changes nothing");
            assertTrue(tls.authorizations().isEmpty(), "no request got through the refused handshake");

            assertEquals(0, scry.scry("lib", "create", "self", "--opensearch", tls.url(), "--index", "self-signed", "--insecure"), scry.err());
            assertEquals("created library self on OpenSearch at " + tls.url() + ", index self-signed, certificate unchecked (--insecure)\n",
                    scry.out());
            assertEquals(0, scry.scry("-l", "self", "add", CommandLineSession.pictures(temp.resolve("pictures"), 2).toString()), scry.err());
            assertEquals(0, scry.scry("-l", "self", "search", "--json", "pic0"), scry.err());
            assertTrue(scry.out().contains("pic0.png"), scry.out());
            assertFalse(tls.authorizations().isEmpty(), "the requests went over https");
            assertEquals(0, scry.scry("lib", "info", "self", "--json"), scry.err());
            assertTrue(scry.out().contains("\"index\": \"self-signed\", \"insecure\": true}"), scry.out());
            assertEquals(0, scry.scry("lib", "remove", "self", "--yes"), scry.err());
        }
    }

    /** The platform log of this test run (where the command line's problems are logged), if there is one. */
    private static Path platformLog() {
        String area = System.getProperty("osgi.instance.area");
        return area == null ? null : Path.of(URI.create(area.replace(" ", "%20"))).resolve(".metadata/.log");
    }

    private static void assertNoSecretIn(Path where) throws IOException {
        if (where == null || !Files.exists(where)) {
            return;
        }
        try (Stream<Path> files = Files.walk(where)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(SECRET), "the secret is in " + file);
            }
        }
    }
}
