package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Bad option values and bad query syntax through the product's {@code scry} script: exit code 2, and a
 * first line on standard error that says what is wrong (in the user's language for the query language).
 */
class ArgumentCheckScriptTest {
    private static final Map<String, String> ENGLISH = Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8");

    @TempDir
    Path home;

    private CommandLineRun scry(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return CommandLineRun.of(home, environment, "", args);
    }

    private void assertUsageError(String firstLine, String... args) throws Exception {
        CommandLineRun run = scry(ENGLISH, args);
        assertEquals(2, run.exit(), run.err());
        assertEquals("scry: " + firstLine, run.err().lines().findFirst().orElse(""));
        assertEquals("", run.out());
    }

    @Test
    void badValuesAreUsageErrors() throws Exception {
        Path pictures = Files.createDirectories(home.resolve("pictures"));
        Pictures.write(pictures, 2);
        assertEquals(0, scry(ENGLISH, "add", pictures.toString()).exit());
        String query = pictures.resolve("picture-1.png").toString();
        assertUsageError("Invalid value for option '--min': expected a percentage from 0 to 100, not 150", "search", "-m", "150", query);
        assertUsageError("Invalid value for option '--count': expected a whole number of at least 1, not 0", "search", "-n", "0", query);
        assertUsageError("Invalid value for option '--from': \"yesterday\" is not a date: expected 2024, 2024-06, 2024-06-12,"
                + " 2024-06-12T18:30 or an age such as 36h, 7d, 2w, 3m, 1y", "search", "--from", "yesterday", query);
        assertUsageError("Invalid value for option '--region': expected X,Y,W,H in pixels with W and H above 0, e.g. 120,80,400,300,"
                + " not 1,2", "search", "--region", "1,2", query);
        assertUsageError("Invalid value for option '--min-size': \"5XB\" is not a size: expected a number with an optional unit,"
                + " e.g. 5MB, 1.5GiB, 200k", "search", "--min-size", "5XB", query);
        assertUsageError("query 'cat (dog': column 5: expected a closing parenthesis ) for the one at column 5", "search", "cat (dog");
    }

    @Test
    void aSyntaxErrorInChinese() throws Exception {
        Path pictures = Files.createDirectories(home.resolve("pictures"));
        Pictures.write(pictures, 1);
        assertEquals(0, scry(ENGLISH, "add", pictures.toString()).exit());
        CommandLineRun run = scry(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8"), "search", "taken:昨天");
        assertEquals(2, run.exit(), run.err());
        assertEquals("scry: query 'taken:昨天': 第 7 列：“昨天”不是日期：应为 2024、2024-06、2024-06-12、2024-06-12T18:30，或时长如 36h、7d、2w、3m、1y",
                run.err().lines().findFirst().orElse(""));
    }
}
