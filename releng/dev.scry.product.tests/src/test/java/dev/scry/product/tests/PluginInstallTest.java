package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scry plugins} in a copy of the real product, with the example plugin's p2 repository the build
 * made (examples/dev.scry.example.repository, signed by the build's test key): refused as of an unknown
 * signer named by subject and SHA-256 (with and without {@code --trust-unsigned}), installed with
 * {@code --trust-signer} that SHA-256 from its file: URL, used by the next runs (its encoder listed, a library
 * filling its vectors and searched with it, its exporter writing), then removed (gone, its jars deleted, the library
 * still searched with its other encoder); a plugin with a missing dependency, from a repository the test
 * writes, is refused naming what it misses. A refused install changes nothing.
 */
class PluginInstallTest {
    private static final Path EXAMPLE_REPOSITORY = Path.of(System.getProperty("scry.example.repository", "missing")).toAbsolutePath().normalize();
    private static final String FEATURE = "dev.scry.example.feature";

    @TempDir
    Path temp;

    private Path product;
    private Path home;

    @BeforeEach
    void copyTheProduct() throws IOException, InterruptedException {
        product = temp.resolve("product");
        Process cp = new ProcessBuilder("cp", "-a", CommandLineRun.PRODUCT.toString(), product.toString()).inheritIO().start();
        assertTrue(cp.waitFor(120, TimeUnit.SECONDS) && cp.exitValue() == 0, "cannot copy the product");
        home = Files.createDirectories(temp.resolve("home"));
    }

    @Test
    void theExamplePluginIsRefusedUnsignedThenInstalledUsedAndRemoved() throws Exception {
        CommandLineRun none = scry("plugins", "list");
        assertEquals(0, none.exit(), none.err());
        assertEquals("", none.out());
        assertTrue(none.err().contains("no plugins installed"), none.err());
        assertFalse(scry("encoders").out().contains("colour-histogram"));
        String url = EXAMPLE_REPOSITORY.toUri().toString();
        assertTrue(url.startsWith("file:/"), url);

        // the build signs the example with a test key of its own: a signer nobody trusts until told to
        ExampleSigner signer = ExampleSigner.of(EXAMPLE_REPOSITORY);
        assertEquals("CN=Scry Example Plugin (test key),O=Scry", signer.subject());
        Installation before = Installation.of(product);
        for (List<String> trust : List.of(List.<String>of(), List.of("--trust-unsigned"))) {
            List<String> command = new java.util.ArrayList<>(List.of("plugins", "install"));
            command.addAll(trust);
            command.add(url);
            CommandLineRun refused = scry(command.toArray(String[]::new));
            assertEquals(1, refused.exit(), refused.out() + refused.err());
            assertTrue(refused.err().contains("refused Scry Example Plugin: colour histogram, Markdown export, Extensions view ("
                    + FEATURE + " 1.0.0."), refused.err());
            assertTrue(refused.err().contains(", from Scry Example Plugin)"), refused.err());
            assertTrue(refused.err().contains("signed by an unknown signer: " + signer.subject() + " (SHA-256 " + signer.fingerprint() + ")"),
                    "the refusal names the signer: " + refused.err());
            assertFalse(refused.err().contains("not signed"), "every jar is signed: " + refused.err());
            assertFalse(refused.err().contains("\tat "), "no stack trace: " + refused.err());
            assertEquals(before, Installation.of(product), "a refused install changes nothing");
            assertEquals("", scry("plugins", "list").out());
        }

        CommandLineRun installed = scry("plugins", "install", "--trust-signer", signer.fingerprint().toLowerCase(java.util.Locale.ROOT), url, FEATURE);
        assertEquals(0, installed.exit(), installed.out() + installed.err());
        assertTrue(installed.out().startsWith("installed Scry Example Plugin: colour histogram, Markdown export, Extensions view ("
                + FEATURE + " 1.0.0."), installed.out());
        assertTrue(installed.out().contains("the next start of Scry uses it"), installed.out());
        CommandLineRun listed = scry("plugins", "list");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().startsWith(FEATURE + "\t1.0.0."), listed.out());
        assertTrue(listed.out().strip().endsWith("\t" + url), listed.out());

        CommandLineRun update = scry("plugins", "update", "--trust-signer", signer.fingerprint());
        assertEquals(0, update.exit(), update.err());
        assertEquals("every plugin is up to date\n", update.out(), "the repository it came from has no newer version");
        CommandLineRun again = scry("plugins", "install", "--trust-signer", signer.fingerprint(), url);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains(FEATURE + " is installed already; 'scry plugins update' takes a newer version"), again.err());

        CommandLineRun encoders = scry("encoders");
        assertEquals(0, encoders.exit(), encoders.err());
        assertTrue(encoders.out().contains("colour-histogram\t64 dimensions\tColour histogram (example plugin)"), encoders.out());
        assertTrue(encoders.out().contains("fingerprint\t"), "the built-in encoder stays: " + encoders.out());

        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        Pictures.write(pictures, 3);
        CommandLineRun add = scry("add", pictures.toString());
        assertEquals(0, add.exit(), add.err());
        CommandLineRun info = scry("lib", "info", "--json");
        assertTrue(info.out().contains("\"colour-histogram\""), "the library holds the plugin encoder's vectors: " + info.out());
        Path query = pictures.resolve("picture-1.png");
        CommandLineRun search = scry("search", "--model", "colour-histogram", "-n", "1", "--json", query.toString());
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().contains("\"path\": \"" + query + "\", \"similarity\": 100"), search.out());
        Path table = temp.resolve("pictures.md");
        CommandLineRun markdown = scry("export", "--as", "markdown", "--fields", "path,format");
        assertEquals(0, markdown.exit(), markdown.err());
        Files.writeString(table, markdown.out(), StandardCharsets.UTF_8);
        assertTrue(Files.readString(table).startsWith("| path | format |\n| --- | --- |\n| " + pictures.resolve("picture-0.png") + " | png |\n"),
                markdown.out());

        CommandLineRun removed = scry("plugins", "remove", FEATURE);
        assertEquals(0, removed.exit(), removed.out() + removed.err());
        assertTrue(removed.out().startsWith("removed Scry Example Plugin"), removed.out());
        assertEquals("", scry("plugins", "list").out());
        assertFalse(Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
                .contains("dev.scry.example.colours"), "its bundle is no longer started");
        assertEquals(List.of(), Stream.concat(Installation.list(product.resolve("plugins")), Installation.list(product.resolve("features")))
                .map(p -> product.relativize(p).toString()).filter(n -> n.contains("/dev.scry.example.")).toList(),
                "no jar nor feature of the plugin is left in the installation");
        assertFalse(Files.readString(product.resolve("artifacts.xml")).contains("dev.scry.example.colours"),
                "nor in the bundle pool's index");
        CommandLineRun after = scry("encoders");
        assertEquals(0, after.exit(), after.err());
        assertFalse(after.out().contains("colour-histogram"), after.out());
        CommandLineRun gone = scry("export", "--as", "markdown");
        assertEquals(2, gone.exit());
        assertTrue(gone.err().contains("unknown exporter: markdown (installed: csv, json, sheet)"), gone.err());
        CommandLineRun stillSearched = scry("search", "-n", "1", "--json", query.toString());
        assertEquals(0, stillSearched.exit(), stillSearched.err());
        assertTrue(stillSearched.out().contains("\"path\": \"" + query + "\", \"similarity\": 100"), stillSearched.out());
        CommandLineRun removedAgain = scry("plugins", "remove", FEATURE);
        assertEquals(4, removedAgain.exit());
        assertTrue(removedAgain.err().contains("no plugin '" + FEATURE + "' is installed"), removedAgain.err());
    }

    @Test
    void aPluginWithAMissingRequirementIsReportedByNameAndChangesNothing() throws Exception {
        Path repository = needyRepository(Files.createDirectories(temp.resolve("needy")));
        // the first p2 run in a copy moves its roaming profile to the copy's folder (a new profile state)
        assertEquals(0, scry("plugins", "list").exit());
        Installation before = Installation.of(product);
        CommandLineRun refused = scry("plugins", "install", "--trust-unsigned", repository.toString());
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("Needy Plugin (dev.scry.test.needy 1.0.0, from Test) cannot be installed in this Scry:"), refused.err());
        assertTrue(refused.err().contains("Missing requirement: Needy Plugin 1.0.0 (dev.scry.test.needy.feature.group 1.0.0) requires"
                + " 'osgi.bundle; dev.scry.not.there [1.0.0,2.0.0)' but it could not be found"), refused.err());
        assertFalse(refused.err().contains("\tat "), "no stack trace: " + refused.err());
        assertEquals(before, Installation.of(product), "a refused install changes nothing");
        CommandLineRun encoders = scry("encoders");
        assertEquals(0, encoders.exit(), "the product still starts: " + encoders.err());
        assertTrue(encoders.out().contains("fingerprint\t"), encoders.out());

        CommandLineRun missing = scry("plugins", "install", temp.resolve("nowhere").toString());
        assertEquals(4, missing.exit());
        assertTrue(missing.err().contains("nowhere: no such repository folder or zip"), missing.err());
        CommandLineRun noFeature = scry("plugins", "install", "--trust-unsigned", EXAMPLE_REPOSITORY.toString(), "no.such.feature");
        assertEquals(4, noFeature.exit());
        assertTrue(noFeature.err().contains("the repository has no feature 'no.such.feature' (it has: " + FEATURE + ")"), noFeature.err());
        assertEquals(before, Installation.of(product));
    }

    /** A p2 repository of one feature that requires a bundle no repository has. */
    private static Path needyRepository(Path folder) throws IOException {
        Files.writeString(folder.resolve("content.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?metadataRepository version='1.2.0'?>
                <repository name='needy' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
                  <units size='1'>
                    <unit id='dev.scry.test.needy.feature.group' version='1.0.0' singleton='false'>
                      <properties size='3'>
                        <property name='org.eclipse.equinox.p2.name' value='Needy Plugin'/>
                        <property name='org.eclipse.equinox.p2.provider' value='Test'/>
                        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
                      </properties>
                      <provides size='1'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='dev.scry.test.needy.feature.group' version='1.0.0'/>
                      </provides>
                      <requires size='1'>
                        <required namespace='osgi.bundle' name='dev.scry.not.there' range='[1.0.0,2.0.0)'/>
                      </requires>
                      <touchpoint id='null' version='0.0.0'/>
                    </unit>
                  </units>
                </repository>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("artifacts.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?artifactRepository version='1.1.0'?>
                <repository name='needy' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
                  <mappings size='0'/>
                  <artifacts size='0'/>
                </repository>
                """, StandardCharsets.UTF_8);
        return folder;
    }

    /** What an install changes: the bundle list, the jars, the bundle pool's index and the profile's states. */
    private record Installation(List<String> bundles, List<String> files, String pool) {
        static Installation of(Path product) throws IOException {
            List<String> bundles = Files.readAllLines(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
            List<String> files;
            try (Stream<Path> all = Stream.of("plugins", "features", "p2/org.eclipse.equinox.p2.engine/profileRegistry")
                    .flatMap(folder -> list(product.resolve(folder)))) {
                // p2's lock and its preferences (its lists of the repositories it has seen) aside
                files = all.map(p -> product.relativize(p).toString()).filter(p -> !p.endsWith(".lock") && !p.contains("/.settings/"))
                        .sorted().toList();
            }
            return new Installation(bundles, files, Files.readString(product.resolve("artifacts.xml")));
        }

        private static Stream<Path> list(Path folder) {
            try {
                return Files.walk(folder).filter(Files::isRegularFile).toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * The example plugin's view in the workbench of the product it was installed into: the screen, read by
     * Scry's own OCR ({@code scry ocr --json} of a screenshot), shows its tab beside Details; a click on the
     * tab opens it, and it lists the plugin's encoder, which the Query view's encoder box offers too.
     */
    @Test
    void theInstalledPluginsViewOpensInTheWorkbench() throws Exception {
        ExampleSigner signer = ExampleSigner.of(EXAMPLE_REPOSITORY);
        CommandLineRun installed = scry("plugins", "install", "--trust-signer", signer.fingerprint(), EXAMPLE_REPOSITORY.toUri().toString(), FEATURE);
        assertEquals(0, installed.exit(), installed.out() + installed.err());
        try (RunningWorkbench workbench = RunningWorkbench.start(product, home, java.util.Map.of(), "workbench.log")) {
            String window = workbench.awaitWindow();
            RunningWorkbench.xdotool("mousemove", "--window", window, "10", "10");
            double[] tab = awaitOnScreen(workbench, "Extensions", "plugin-view-tab.png");
            RunningWorkbench.xdotool("mousemove", Long.toString(Math.round(tab[0])), Long.toString(Math.round(tab[1])), "click", "1");
            awaitOnScreen(workbench, "colour-histogram", "plugin-view.png");
            // and its encoder is in the Query view's choice: the list the encoder box drops down names it
            double[] encoder = awaitOnScreen(workbench, "Visual fingerprint", "plugin-encoder-box.png");
            RunningWorkbench.xdotool("mousemove", Long.toString(Math.round(encoder[0])), Long.toString(Math.round(encoder[1])), "click", "1");
            awaitOnScreen(workbench, "Colour histogram", "plugin-encoder-choice.png");
        }
    }

    /**
     * Where on the screen {@code words} are, once Scry's OCR reads them in a screenshot: the middle of their
     * part of the first line of text that contains them.
     */
    private double[] awaitOnScreen(RunningWorkbench workbench, String words, String screenshot) throws Exception {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\{\"text\": \"((?:[^\"\\\\]|\\\\.)*)\", \"confidence\": [^,]+, "
                + "\"box\": \\[\\[([-0-9.]+), ([-0-9.]+)\\], \\[[^\\]]*\\], \\[([-0-9.]+), ([-0-9.]+)\\]");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String read = "";
        while (System.nanoTime() < deadline && workbench.process().isAlive()) {
            Path shot = RunningWorkbench.screenshot(screenshot);
            CommandLineRun ocr = scry("ocr", "--json", shot.toString());
            assertEquals(0, ocr.exit(), ocr.err());
            read = ocr.out();
            java.util.regex.Matcher found = line.matcher(read);
            while (found.find()) {
                String text = found.group(1);
                int at = text.indexOf(words);
                if (at >= 0) { // OCR may read neighbouring tabs as one line: the words' share of its width
                    double left = Double.parseDouble(found.group(2));
                    double right = Double.parseDouble(found.group(4));
                    double middle = (at + words.length() / 2.0) / text.length();
                    return new double[] { left + (right - left) * middle,
                            (Double.parseDouble(found.group(3)) + Double.parseDouble(found.group(5))) / 2 };
                }
            }
        }
        throw new AssertionError("'" + words + "' was never on the screen; OCR read: " + read + "\nlog:\n"
                + Files.readString(home.resolve("workbench.log")));
    }

    private CommandLineRun scry(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(product.resolve("scry").toString()), Stream.of(args)).toList());
        builder.environment().put("SCRY_HOME", home.toString());
        builder.environment().put("SCRY_NO_SERVICE", "1");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("scry " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new CommandLineRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
