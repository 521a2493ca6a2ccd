package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/** An index written by an older Scry (another {@link ImageIndexWriter#FORMAT}) is refused with the way to rebuild it, and left as it was. */
class OlderFormatTest {
    @TempDir
    Path folder;

    private static ImageRecord record(String hash) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/p/" + hash + ".jpg"), 1_700_000_000_000L)), 1234,
                ImageFormat.JPEG, 640, 480, Optional.empty(), Optional.empty(), 1, "");
    }

    /** Writes one picture, then marks the commit as made by format {@code format}. */
    private void writeWithFormat(String format) throws IOException {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("old"), Map.of("fingerprint", new float[] { 1, 0, 0 }));
            writer.commit();
        }
        try (Directory directory = FSDirectory.open(folder);
                IndexWriter raw = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            raw.setLiveCommitData(Map.of("scry.format", format).entrySet());
            raw.commit();
        }
    }

    @Test
    void anIndexOfTheFormatBeforeIsRefusedWithTheWayToRebuildItAndKeepsItsPictures() throws Exception {
        writeWithFormat("2");
        IOException refused = assertThrows(IOException.class, () -> ImageIndexWriter.open(folder).close());
        assertEquals("the index in " + folder + " was made by an older Scry (format 2, now " + ImageIndexWriter.FORMAT
                + "): clear the library and sync it (scry lib clear NAME; scry -l NAME sync)", refused.getMessage());
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(1, searcher.count());
            assertTrue(searcher.find("old").isPresent());
        }
    }

    @Test
    void anIndexOfTheCurrentFormatOpens() throws Exception {
        writeWithFormat(ImageIndexWriter.FORMAT);
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("new"), Map.of("fingerprint", new float[] { 0, 1, 0 }));
            writer.commit();
        }
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(2, searcher.count());
        }
    }

    @Test
    void anEmptiedIndexOfAnOlderFormatIsWrittenAgainInTheCurrentOne() throws Exception {
        writeWithFormat("2");
        try (ImageIndexWriter writer = ImageIndexWriter.openEmpty(folder, VectorStorage.FLOAT32)) {
            writer.put(record("new"), Map.of("fingerprint", new float[] { 0, 1, 0 }));
            writer.commit();
        }
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder); ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(1, searcher.count());
            assertTrue(searcher.find("new").isPresent());
        }
    }
}
