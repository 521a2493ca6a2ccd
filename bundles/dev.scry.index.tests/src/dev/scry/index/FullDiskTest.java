package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/** A write that fails for want of space leaves only the last commit's files on the disk. */
class FullDiskTest {
    @TempDir
    Path folder;

    /** A directory whose disk fills up when told: from then on every byte written fails as a full disk does. */
    private static final class FillingDisk extends FilterDirectory {
        volatile boolean full;

        FillingDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Filling(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Filling(super.createTempOutput(prefix, suffix, context));
        }

        private final class Filling extends IndexOutput {
            private final IndexOutput out;

            Filling(IndexOutput out) {
                super("filling " + out, out.getName());
                this.out = out;
            }

            private void check() throws IOException {
                if (full) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void writeByte(byte b) throws IOException {
                check();
                out.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                check();
                out.writeBytes(b, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public long getFilePointer() {
                return out.getFilePointer();
            }

            @Override
            public long getChecksum() throws IOException {
                return out.getChecksum();
            }
        }
    }

    private static ImageRecord record(int i) {
        return new ImageRecord("h" + i, List.of(new ImageRecord.Location(Path.of("/p/" + i + ".jpg"), 1_700_000_000_000L)), 1234,
                ImageFormat.JPEG, 640, 480, Optional.of(Instant.parse("2024-05-01T10:15:30Z")), Optional.empty(), 1, "");
    }

    private Set<String> filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("write.lock")).toList());
        }
    }

    @Test
    void aFailedCommitDeletesTheFilesItWrote() throws Exception {
        FillingDisk disk = new FillingDisk(FSDirectory.open(folder));
        ImageIndexWriter writer = ImageIndexWriter.open(folder, disk, VectorStorage.FLOAT32, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer.put(record(0), Map.of("fingerprint", new float[] { 1, 0, 0, 0 }));
        writer.commit();
        Set<String> committed = new TreeSet<>(SegmentInfos.readLatestCommit(disk).files(true));
        for (int i = 1; i < 50; i++) {
            writer.put(record(i), Map.of("fingerprint", new float[] { 0, 1, 0, 0 }));
        }
        disk.full = true;
        assertThrows(IOException.class, writer::commit);
        assertEquals(committed, filesOnDisk(), "only the files of the last commit stay");
        disk.full = false;
        writer.close();
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(1, searcher.count(), "the last commit is intact");
        }
        assertTrue(committed.stream().anyMatch(n -> n.startsWith("segments_")), committed.toString());
    }
}
