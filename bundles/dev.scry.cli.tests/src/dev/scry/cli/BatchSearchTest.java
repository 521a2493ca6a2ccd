package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.TestPictures;

/** {@code scry search} batches: one JSON line per query in order, failures included, phrases, lists, empty results. */
class BatchSearchTest {
    @TempDir
    Path temp;

    private CommandLineSession session;
    private Path pictures;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        session = new CommandLineSession(temp.resolve("home"));
        pictures = CommandLineSession.pictures(temp.resolve("pictures"), 4);
        TestPictures.write(TestPictures.draw(200, 150, 9), "png", pictures.resolve("sunset beach.png"));
        assertEquals(0, scry("add", pictures.toString()), err);
    }

    private int scry(String... args) {
        int exit = session.scry(args);
        out = session.out();
        err = session.err();
        return exit;
    }

    private List<String> lines() {
        return out.lines().toList();
    }

    @Test
    void everyQueryGetsItsLineInOrderAndTheExitCodeIsTheWorst() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.tsv"), "a\tb\n");
        String first = pictures.resolve("pic1.png").toString();
        String missing = temp.resolve("gone/missing.jpg").toString();
        String last = pictures.resolve("pic3.png").toString();
        assertEquals(4, scry("search", "--json", "-n", "1", first, missing, notes.toString(), last));
        List<String> lines = lines();
        assertEquals(4, lines.size(), out);
        assertEquals("{\"query\": \"" + first + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"" + first
                + "\", \"similarity\": 100.0}]}", lines.get(0));
        assertEquals("{\"query\": \"" + missing + "\", \"kind\": \"image\", \"error\": {\"code\": 4, \"reason\": \"not found\"},"
                + " \"hits\": []}", lines.get(1));
        assertEquals("{\"query\": \"" + notes + "\", \"kind\": \"image\", \"error\": {\"code\": 1, \"reason\":"
                + " \"not a picture Scry can read\"}, \"hits\": []}", lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"query\": \"" + last + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \""
                + last + "\""), lines.get(3));
        assertEquals("scry: " + missing + ": not found\nscry: " + notes + ": not a picture Scry can read\n", err);

        assertEquals(1, scry("search", "--json", notes.toString(), first), "an unreadable file alone: 1");
        assertEquals(4, scry("search", "--json", "--image", "nowhere", first), "--image: every query a picture");
        assertEquals("{\"query\": \"nowhere\", \"kind\": \"image\", \"error\": {\"code\": 4, \"reason\": \"not found\"},"
                + " \"hits\": []}", lines().get(0));
        assertEquals(2, lines().size(), out);
    }

    @Test
    void anArgumentThatLooksLikeAPathIsNeverAWordQuery() {
        assertEquals(4, scry("search", "--json", "holiday.jpg"));
        assertEquals("{\"query\": \"holiday.jpg\", \"kind\": \"image\", \"error\": {\"code\": 4, \"reason\": \"not found\"},"
                + " \"hits\": []}\n", out);
        assertEquals(4, scry("search", "--json", "trips/beach"));
        assertTrue(out.contains("\"kind\": \"image\", \"error\""), out);
        assertEquals(0, scry("search", "--json", "beach.tsv"), "no picture extension, no separator: words");
        assertTrue(out.startsWith("{\"query\": \"beach.tsv\", \"kind\": \"text\", \"hits\": "), out);
    }

    @Test
    void consecutiveWordsAreOnePhrase() {
        assertEquals(0, scry("search", "--json", "sunset", "beach"));
        assertEquals(1, lines().size(), out);
        assertTrue(out.startsWith("{\"query\": \"sunset beach\", \"kind\": \"text\", \"hits\": [{\"rank\": 1, \"path\": \""
                + pictures.resolve("sunset beach.png") + "\", \"similarity\": 100.0}"), out);
        String picture = pictures.resolve("pic2.png").toString();
        assertEquals(0, scry("search", "--json", "sunset", "beach", picture, "pic0", "pic1"));
        List<String> lines = lines();
        assertEquals(3, lines.size(), out);
        assertTrue(lines.get(0).startsWith("{\"query\": \"sunset beach\", \"kind\": \"text\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"query\": \"" + picture + "\", \"kind\": \"image\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"query\": \"pic0 pic1\", \"kind\": \"text\""), lines.get(2));
    }

    @Test
    void queriesComeFromQueryOptionsAndFromAList() throws Exception {
        assertEquals(0, scry("search", "--json", "-q", "sunset beach", "--query", "pic3"));
        List<String> lines = lines();
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(0).startsWith("{\"query\": \"sunset beach\", \"kind\": \"text\", \"hits\": [{\"rank\": 1"), out);
        assertTrue(lines.get(1).startsWith("{\"query\": \"pic3\", \"kind\": \"text\", \"hits\": [{\"rank\": 1, \"path\": \""
                + pictures.resolve("pic3.png")), out);

        Path list = Files.writeString(temp.resolve("queries.txt"), "# holiday queries\n\nsunset beach\n  " + pictures.resolve("pic0.png")
                + "\n# done\nmissing.png\n");
        assertEquals(4, scry("search", "--json", "--from-file", list.toString()));
        lines = lines();
        assertEquals(3, lines.size(), out);
        assertTrue(lines.get(0).startsWith("{\"query\": \"sunset beach\", \"kind\": \"text\""), out);
        assertTrue(lines.get(1).startsWith("{\"query\": \"" + pictures.resolve("pic0.png") + "\", \"kind\": \"image\", \"hits\": [{"), out);
        assertTrue(lines.get(2).startsWith("{\"query\": \"missing.png\", \"kind\": \"image\", \"error\": {\"code\": 4"), out);

        assertEquals(4, scry("search", "--from-file", temp.resolve("no-list.txt").toString()));
        assertEquals("scry: --from-file " + temp.resolve("no-list.txt") + ": no such file\n", err);
        assertEquals("", out);
    }

    @Test
    void noHitsIsSaidOnStandardErrorAndIsNoFailure() {
        assertEquals(0, scry("search", "nothing", "like", "this"));
        assertEquals("", out);
        assertEquals("no pictures found (5 in library, minimum 0 %)\n", err);
        assertEquals(0, scry("search", "--json", "-m", "99.5", pictures.resolve("pic1.png").toString(), "nothing"));
        assertEquals(2, lines().size(), out);
        assertTrue(lines().get(1).equals("{\"query\": \"nothing\", \"kind\": \"text\", \"hits\": []}"), out);
        assertEquals("scry: nothing: no pictures found (5 in library, minimum 99.5 %)\n", err);
    }

    @Test
    void aBatchInPlainTextHasAHeaderPerQuery() {
        assertEquals(0, scry("search", "-n", "1", "-q", "pic2", "-q", "pic3"));
        assertEquals("# pic2\n  1  100.0%  " + pictures.resolve("pic2.png") + "\n# pic3\n  1  100.0%  " + pictures.resolve("pic3.png")
                + "\n", out);
    }
}
