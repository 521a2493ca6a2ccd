package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin's bundle, built against the extension API alone, in a copy of the real product:
 * put into the product's bundle list by hand (there is no {@code scry plugins install} yet), its
 * encoder is listed by {@code scry encoders} and its exporter writes {@code scry export --as markdown};
 * taken out again, both are gone and the product still runs. The example's p2 repository is the one the
 * build made (examples/dev.scry.example.repository).
 */
class PluginBundleTest {
    private static final Path EXAMPLE_REPOSITORY = Path.of(System.getProperty("scry.example.repository", "missing"));

    @TempDir
    Path temp;

    @Test
    void theExamplesEncoderAndExporterAreUsedOnceItsBundleIsInstalledAndGoneOnceRemoved() throws Exception {
        Path product = copyOfTheProduct();
        Path bundle;
        try (Stream<Path> jars = Files.list(EXAMPLE_REPOSITORY.resolve("plugins"))) {
            bundle = jars.filter(p -> p.getFileName().toString().startsWith("dev.scry.example.colours_")).findFirst().orElseThrow();
        }
        String name = bundle.getFileName().toString();
        String version = name.substring("dev.scry.example.colours_".length(), name.length() - ".jar".length());
        Path bundlesInfo = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        List<String> before = Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8);
        Path home = Files.createDirectories(temp.resolve("home"));

        CommandLineRun plain = scry(product, home, "encoders");
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(plain.out().contains("colour-histogram"), plain.out());

        Files.copy(bundle, product.resolve("plugins").resolve(name));
        Files.writeString(bundlesInfo, "dev.scry.example.colours," + version + ",plugins/" + name + ",4,false\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        CommandLineRun encoders = scry(product, home, "encoders");
        assertEquals(0, encoders.exit(), encoders.err());
        assertTrue(encoders.out().contains("colour-histogram\t64 dimensions\tColour histogram (example plugin)"), encoders.out());
        assertTrue(encoders.out().contains("fingerprint\t"), "the built-in encoder stays: " + encoders.out());

        Path pictures = Files.createDirectories(temp.resolve("pictures"));
        Pictures.write(pictures, 1);
        assertEquals(0, scry(product, home, "add", pictures.toString()).exit());
        CommandLineRun markdown = scry(product, home, "export", "--as", "markdown", "--fields", "path,format");
        assertEquals(0, markdown.exit(), markdown.err());
        assertEquals("| path | format |\n| --- | --- |\n| " + pictures.resolve("picture-0.png") + " | png |\n", markdown.out());

        Files.write(bundlesInfo, before, StandardCharsets.UTF_8);
        Files.delete(product.resolve("plugins").resolve(name));
        CommandLineRun removed = scry(product, home, "encoders");
        assertEquals(0, removed.exit(), removed.err());
        assertFalse(removed.out().contains("colour-histogram"), removed.out());
        CommandLineRun gone = scry(product, home, "export", "--as", "markdown");
        assertEquals(2, gone.exit());
        assertTrue(gone.err().contains("unknown exporter: markdown (installed: csv, json, sheet)"), gone.err());
    }

    private Path copyOfTheProduct() throws IOException, InterruptedException {
        Path copy = temp.resolve("product");
        Process cp = new ProcessBuilder("cp", "-a", CommandLineRun.PRODUCT.toString(), copy.toString()).inheritIO().start();
        assertTrue(cp.waitFor(120, TimeUnit.SECONDS) && cp.exitValue() == 0, "cannot copy the product");
        return copy;
    }

    private static CommandLineRun scry(Path product, Path home, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(product.resolve("scry").toString()), Stream.of(args)).toList());
        builder.environment().put("SCRY_HOME", home.toString());
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("scry " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new CommandLineRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
