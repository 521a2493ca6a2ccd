package dev.scry.testing.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.Vectors;
import dev.scry.testing.TestPictures;

/**
 * The contract every {@link ImageEncoder} must pass, in the manner of Lucene's
 * {@code BaseKnnVectorsFormatTestCase}: subclass it in the encoder's test fragment and return the
 * encoder under test from {@link #encoder()}. Covers the global vector, the batch, and the optional
 * regions and query vectors (which the defaults of {@link ImageEncoder} pass as they are).
 *
 * @since 1.0
 */
public abstract class ImageEncoderContract {

    /** The encoder under test. */
    protected abstract ImageEncoder encoder();

    @Test
    void hasAnIdSafeForFieldNamesAndAPositiveDimension() {
        ImageEncoder encoder = encoder();
        assertTrue(encoder.id().matches("[a-z0-9][a-z0-9._-]*"), encoder.id());
        assertTrue(encoder.dimension() > 0);
        assertFalse(encoder.version().isBlank());
        assertFalse(encoder.label().isBlank());
    }

    @Test
    void vectorsHaveTheDimensionAndUnitLength() throws EncodingException {
        for (int seed = 0; seed < 5; seed++) {
            float[] vector = encoder().encode(TestPictures.draw(160 + seed * 30, 120, seed));
            assertEquals(encoder().dimension(), vector.length);
            assertEquals(1.0, Vectors.length(vector), 1e-4);
            for (float x : vector) {
                assertTrue(Float.isFinite(x));
            }
        }
    }

    @Test
    void aUniformPictureStillGetsAUnitVector() throws EncodingException {
        BufferedImage grey = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        assertEquals(1.0, Vectors.length(encoder().encode(grey)), 1e-4);
    }

    @Test
    void isDeterministic() throws EncodingException {
        BufferedImage image = TestPictures.draw(200, 150, 42);
        assertArrayEquals(encoder().encode(image), encoder().encode(TestPictures.draw(200, 150, 42)));
    }

    @Test
    void batchEqualsOneByOne() throws EncodingException {
        List<BufferedImage> images = List.of(TestPictures.draw(100, 100, 1), TestPictures.draw(300, 120, 2),
                TestPictures.draw(90, 200, 3));
        List<float[]> batch = encoder().encodeAll(images);
        assertEquals(images.size(), batch.size());
        for (int i = 0; i < images.size(); i++) {
            assertArrayEquals(encoder().encode(images.get(i)), batch.get(i), 1e-5f);
        }
    }

    @Test
    void tellsDifferentPicturesApartBetterThanResizedCopies() throws EncodingException {
        BufferedImage original = TestPictures.draw(400, 300, 7);
        float[] a = encoder().encode(original);
        float[] resized = encoder().encode(TestPictures.scaled(original, 200, 150));
        float[] other = encoder().encode(TestPictures.draw(400, 300, 8));
        assertTrue(Vectors.dot(a, resized) > Vectors.dot(a, other),
                "resized copy " + Vectors.dot(a, resized) + " vs other picture " + Vectors.dot(a, other));
    }

    @Test
    void regionsAreUnitVectorsInsideThePicture() throws EncodingException {
        BufferedImage image = TestPictures.draw(320, 200, 11);
        java.awt.Rectangle bounds = new java.awt.Rectangle(0, 0, 320, 200);
        List<dev.scry.encoder.RegionVector> regions = encoder().regions(image);
        for (dev.scry.encoder.RegionVector region : regions) {
            assertEquals(encoder().dimension(), region.vector().length);
            assertEquals(1.0, Vectors.length(region.vector()), 1e-4);
            assertTrue(bounds.contains(region.area()), region.area() + " is not inside " + bounds);
            assertFalse(region.area().isEmpty());
        }
        List<dev.scry.encoder.RegionVector> again = encoder().regions(TestPictures.draw(320, 200, 11));
        assertEquals(regions.size(), again.size());
        for (int i = 0; i < regions.size(); i++) {
            assertArrayEquals(regions.get(i).vector(), again.get(i).vector());
            assertEquals(regions.get(i).area(), again.get(i).area());
        }
    }

    @Test
    void theFirstQueryVectorIsTheGlobalVectorAndAllAreUnitVectors() throws EncodingException {
        BufferedImage image = TestPictures.draw(240, 180, 12);
        List<float[]> variants = encoder().queryVariants(image);
        List<float[]> vectors = encoder().queryVectors(image);
        assertFalse(variants.isEmpty());
        assertTrue(vectors.size() >= variants.size());
        assertArrayEquals(encoder().encode(image), variants.get(0));
        assertArrayEquals(encoder().encode(image), vectors.get(0));
        for (float[] vector : vectors) {
            assertEquals(encoder().dimension(), vector.length);
            assertEquals(1.0, Vectors.length(vector), 1e-4);
        }
    }

    @Test
    void refusesAnUnusablePictureWithAClearMessage() {
        EncodingException e = assertThrows(EncodingException.class,
                () -> encoder().encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)));
        assertFalse(e.getMessage() == null || e.getMessage().isBlank());
        EncodingException none = assertThrows(EncodingException.class, () -> encoder().encode(null));
        assertFalse(none.getMessage() == null || none.getMessage().isBlank());
        assertThrows(EncodingException.class, () -> encoder().queryVectors(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)));
    }
}
