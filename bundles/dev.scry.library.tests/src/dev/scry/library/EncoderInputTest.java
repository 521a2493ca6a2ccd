package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.PictureSize;
import dev.scry.image.Resample;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.TestPictures;

/**
 * An encoder that names its input size gets, when indexing and when searching, the picture resized to it
 * from the file's full-resolution pixels, not the 512 px decode; the others still get the decode.
 */
class EncoderInputTest {
    private static final PictureSize CLIP = new PictureSize(PictureSize.Fit.SHORTEST, 224, Resample.Filter.BICUBIC);

    @TempDir
    Path temp;

    /** The real fingerprint, asking for CLIP's input size and noting the sizes it was given. */
    private static final class Sized implements ImageEncoder {
        private final ImageEncoder encoder = new FingerprintEncoder();
        private final PictureSize size;
        final List<String> given = new CopyOnWriteArrayList<>();

        Sized(PictureSize size) {
            this.size = size;
        }

        @Override
        public String id() {
            return size == null ? "plain" : "sized";
        }

        @Override
        public String version() {
            return encoder.version();
        }

        @Override
        public String label() {
            return id();
        }

        @Override
        public int dimension() {
            return encoder.dimension();
        }

        @Override
        public Optional<PictureSize> inputSize() {
            return Optional.ofNullable(size);
        }

        @Override
        public float[] encode(BufferedImage image) throws EncodingException {
            given.add(image.getWidth() + "x" + image.getHeight());
            return encoder.encode(image);
        }
    }

    @Test
    void indexingAndSearchGiveTheEncoderThePictureAtItsOwnSize() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        Path big = TestPictures.write(TestPictures.draw(2000, 1500, 3), "png", folder.resolve("big.png"));
        TestPictures.write(TestPictures.draw(20, 10, 4), "png", folder.resolve("tiny.png"));
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("sizes"), List.of(folder));
        Sized sized = new Sized(CLIP);
        Sized plain = new Sized(null);
        new LibraryIndexer(List.of(sized, plain), 1).sync(library, catalog, new NullProgressMonitor());

        assertEquals(List.of("298x224", "80x40").stream().sorted().toList(), sized.given.stream().sorted().toList(),
                "resized from the full 2000x1500 picture; a tiny picture is enlarged as for every encoder");
        assertEquals(List.of("512x384", "80x40").stream().sorted().toList(), plain.given.stream().sorted().toList());

        sized.given.clear();
        List<SearchHit> hits = new LibrarySearch(sized).similarTo(library, big, 1, 0, SearchFilter.NONE);
        assertEquals(List.of("298x224"), sized.given, "the query picture takes the same path");
        assertEquals(100.0, hits.get(0).similarity(), 0.01);
    }
}
