package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** How {@code scry ... serve ...} is read: the verb first or after the options every verb takes. */
class ServeArgumentsTest {
    private static void reads(String[] given, String... expected) {
        assertArrayEquals(expected, ServeApplication.serveArguments(given), String.join(" ", given));
    }

    @Test
    void theVerbIsDroppedWhereverTheOptionsOfEveryVerbPutIt() {
        reads(new String[] { "serve", "--stop" }, "--stop");
        reads(new String[] { "--home", "/h", "serve", "--idle-timeout", "60" }, "--home", "/h", "--idle-timeout", "60");
        reads(new String[] { "--home=/h", "serve", "--status" }, "--home=/h", "--status");
        reads(new String[] { "-l", "photos", "--home", "/h", "serve" }, "--home", "/h");
        reads(new String[] { "-lphotos", "--library=x", "serve", "--bind", "127.0.0.1:0" }, "--bind", "127.0.0.1:0");
        reads(new String[] { "serve", "--home", "serve" }, "--home", "serve");
    }

    @Test
    void aCommandLineWithoutTheVerbBeforeOtherWordsIsLeftAsItIs() {
        reads(new String[] { "--stop" }, "--stop");
        reads(new String[] { "--bind", "x", "serve" }, "--bind", "x", "serve");
        reads(new String[] { "--home" }, "--home");
        reads(new String[] {});
    }
}
