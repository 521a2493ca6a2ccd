package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.RegionVector;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.ImageSearcher;
import dev.scry.testing.TestPictures;

/** Adding an encoder to an indexed library encodes exactly the pictures that lack its vectors, each once. */
class EncoderCompletionTest {
    @TempDir
    Path temp;

    /** A real encoder that also counts the pictures it was given. */
    private static final class Counted implements ImageEncoder {
        private final ImageEncoder encoder;
        final AtomicInteger pictures = new AtomicInteger();

        Counted(ImageEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String id() {
            return encoder.id();
        }

        @Override
        public String version() {
            return encoder.version();
        }

        @Override
        public String label() {
            return encoder.label();
        }

        @Override
        public int dimension() {
            return encoder.dimension();
        }

        @Override
        public float[] encode(BufferedImage image) throws EncodingException {
            pictures.incrementAndGet();
            return encoder.encode(image);
        }

        @Override
        public List<RegionVector> regions(BufferedImage image) throws EncodingException {
            return encoder.regions(image);
        }
    }

    @Test
    void onlyThePicturesLackingTheNewEncoderAreEncodedAndCopiesOnce() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 5; i++) {
            TestPictures.write(TestPictures.draw(160, 120, i), "png", folder.resolve(i + ".png"));
        }
        Files.copy(folder.resolve("0.png"), folder.resolve("copy-of-0.png"));
        Files.copy(folder.resolve("0.png"), folder.resolve("another-copy-of-0.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("grows"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder()), 2).sync(library, catalog, new NullProgressMonitor());

        Path changed = TestPictures.write(TestPictures.draw(160, 120, 40), "png", folder.resolve("4.png"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        TestPictures.write(TestPictures.draw(160, 120, 50), "png", folder.resolve("new.png"));
        Counted fingerprint = new Counted(new FingerprintEncoder());
        Counted colour = new Counted(ColourEncoders.image());
        IndexReport report = new LibraryIndexer(List.of(fingerprint, colour), 2).sync(library, catalog, new NullProgressMonitor());

        assertEquals(4, report.completedCount(), "0 (three files, one picture), 1, 2 and 3: " + report.summary());
        assertEquals(2, report.addedCount(), "the changed and the new picture: " + report.summary());
        assertEquals(4 + 2, colour.pictures.get(), "the new encoder sees each picture once");
        assertEquals(2, fingerprint.pictures.get(), "the encoder the library had sees only the changed and the new picture");
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            assertTrue(searcher.withoutVectors("colour").isEmpty());
            assertEquals(6, searcher.count());
        }
    }
}
