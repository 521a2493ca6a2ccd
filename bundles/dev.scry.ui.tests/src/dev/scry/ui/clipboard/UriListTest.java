package dev.scry.ui.clipboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** text/uri-list as applications write it: CRLF (the RFC), bare LF (most of them), comments, no final line end. */
class UriListTest {
    @Test
    void linesEndInCrlfOrLfAndCommentsAreSkipped() {
        List<String> both = List.of("file:///tmp/a%20b.png", "https://example.org/c.jpg");
        assertEquals(both, UriList.parse("file:///tmp/a%20b.png\r\nhttps://example.org/c.jpg\r\n").addresses());
        assertEquals(both, UriList.parse("# copied from a browser\nfile:///tmp/a%20b.png\nhttps://example.org/c.jpg").addresses());
        assertEquals(both, UriList.parse("\n  file:///tmp/a%20b.png  \n\nhttps://example.org/c.jpg\n\u0000").addresses());
        assertEquals(List.of(), UriList.parse("# only a comment\r\n").addresses());
    }

    @Test
    void writtenAsTheRfcSays() {
        assertArrayEquals("file:///a.png\r\nfile:///b.png\r\n".getBytes(StandardCharsets.US_ASCII),
                new UriList(List.of("file:///a.png", "file:///b.png")).toBytes());
    }
}
