package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --where FILTER}: the query language's filters narrow picture queries too. */
class WhereFilterTest {
    @TempDir
    Path temp;

    private CommandLineSession session;
    private Path pictures;

    @BeforeEach
    void setUp() throws Exception {
        session = new CommandLineSession(temp.resolve("home"));
        pictures = CommandLineSession.pictures(temp.resolve("pictures"), 3);
        Files.move(pictures.resolve("pic2.png"), Files.createDirectories(pictures.resolve("trip")).resolve("pic2.png"));
        assertEquals(0, session.scry("add", pictures.toString()), session.err());
    }

    @Test
    void aPictureQueryKeepsOnlyThePicturesTheFilterLetThrough() {
        String query = pictures.resolve("pic0.png").toString();
        assertEquals(0, session.scry("search", query), session.err());
        assertTrue(session.out().lines().findFirst().orElseThrow().endsWith("pic0.png"), session.out());

        assertEquals(0, session.scry("search", "--where", "folder:trip", query), session.err());
        List<String> lines = session.out().lines().toList();
        assertEquals(1, lines.size(), session.out());
        assertTrue(lines.get(0).endsWith(pictures.resolve("trip").resolve("pic2.png").toString()), session.out());

        assertEquals(0, session.scry("search", "--where", "-folder:trip", query), session.err());
        assertTrue(session.out().lines().noneMatch(l -> l.contains("trip")), session.out());
        assertEquals(2, session.out().lines().count(), session.out());
    }

    @Test
    void wordsOrBadSyntaxInTheFilterAreUsageErrors() {
        String query = pictures.resolve("pic0.png").toString();
        assertEquals(2, session.scry("search", "--where", "sunset folder:trip", query));
        assertEquals("scry: --where takes fields, ranges and negations, not words to rank by: sunset",
                session.err().lines().findFirst().orElse(""));
        assertEquals(2, session.scry("search", "--where", "size:>2XB", query));
        assertTrue(session.err().startsWith("scry: --where 'size:>2XB': column 6:"), session.err());
        assertEquals("", session.out());
    }
}
