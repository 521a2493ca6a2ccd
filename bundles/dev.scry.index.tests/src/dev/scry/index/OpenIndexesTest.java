package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/** One warm reader per index folder on a real Lucene directory: shared, current after commits, let go before a clear. */
class OpenIndexesTest {
    @TempDir
    Path folder;

    private static ImageRecord record(String hash) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/p/" + hash + ".jpg"), 1_700_000_000_000L)), 1234,
                ImageFormat.JPEG, 640, 480, Optional.of(Instant.parse("2024-05-01T10:15:30Z")), Optional.empty(), 6, "");
    }

    private void write(String... hashes) throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            for (String hash : hashes) {
                writer.put(record(hash), Map.of("fingerprint", new float[] { 1, 0, 0 }));
            }
            writer.commit();
        }
    }

    @Test
    void searchesShareOneReaderWhileNothingChanges() throws Exception {
        write("a", "b");
        try (OpenIndexes indexes = new OpenIndexes()) {
            org.apache.lucene.index.DirectoryReader first;
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(2, searcher.count());
                first = searcher.reader();
            }
            try (ImageSearcher searcher = indexes.searcher(folder); ImageSearcher beside = indexes.searcher(folder)) {
                assertSame(first, searcher.reader(), "the second search reuses the reader of the first");
                assertSame(first, beside.reader(), "searches at the same time share it too");
                assertEquals(2, searcher.count());
            }
            assertTrue(first.getRefCount() > 0, "released searchers leave the reader open for the next search");
        }
    }

    @Test
    void aCommitIsSeenByTheNextSearchKeepingTheSegmentsThatDidNotChange() throws Exception {
        write("a");
        try (OpenIndexes indexes = new OpenIndexes(); ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            org.apache.lucene.index.DirectoryReader before;
            Object segmentBefore;
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(1, searcher.count());
                before = searcher.reader();
                segmentBefore = before.leaves().get(0).reader().getCoreCacheHelper().getKey();
            }
            writer.put(record("b"), Map.of("fingerprint", new float[] { 0, 1, 0 }));
            writer.commit();
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(2, searcher.count(), "the commit is visible without closing anything");
                assertTrue(searcher.find("b").isPresent());
                assertNotSame(before, searcher.reader());
                assertSame(segmentBefore, searcher.reader().leaves().get(0).reader().getCoreCacheHelper().getKey(),
                        "the segment that was already there is not read again");
            }
            assertEquals(0, before.getRefCount(), "the reader of the older commit is closed once no search holds it");
        }
    }

    @Test
    void aFolderLetGoCanBeDeletedAndMadeAgainWhileTheProcessKeepsSearching() throws Exception {
        write("a", "b", "c");
        try (OpenIndexes indexes = new OpenIndexes()) {
            org.apache.lucene.index.DirectoryReader old;
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(3, searcher.count());
                old = searcher.reader();
            }
            indexes.close(folder);
            assertFalse(indexes.isOpen(folder));
            assertEquals(0, old.getRefCount(), "letting the folder go closes its reader and its files");
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            assertFalse(Files.exists(folder));
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(0, searcher.count(), "a deleted index searches as empty");
            }
            Files.createDirectories(folder);
            write("d");
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(1, searcher.count(), "the index made again is the one searched");
                assertTrue(searcher.find("d").isPresent());
                assertFalse(searcher.find("a").isPresent());
            }
        }
    }

    @Test
    void anIndexWithNoCommitYetSearchesAsEmptyUntilItHasOne() throws Exception {
        try (OpenIndexes indexes = new OpenIndexes()) {
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(0, searcher.count());
            }
            write("a");
            try (ImageSearcher searcher = indexes.searcher(folder)) {
                assertEquals(1, searcher.count());
            }
        }
    }
}
