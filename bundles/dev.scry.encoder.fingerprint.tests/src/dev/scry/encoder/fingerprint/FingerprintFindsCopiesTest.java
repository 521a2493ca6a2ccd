package dev.scry.encoder.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.RegionVector;
import dev.scry.encoder.Vectors;
import dev.scry.testing.TestPictures;

/**
 * Each changed copy of a drawn picture must score higher against its original than against any other
 * picture, scored the way an index fuses regions and query variants (largest dot product). These fail
 * with a global-only descriptor: mirror, quarter turn, crop and screenshot.
 */
class FingerprintFindsCopiesTest {
    private static final int PICTURES = 12;
    private final FingerprintEncoder encoder = new FingerprintEncoder();

    @Test
    void findsAMirroredCopy() throws Exception {
        assertFindsAll(image -> draw(image, new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0), image.getWidth(), image.getHeight()));
    }

    @Test
    void findsATurnedCopy() throws Exception {
        assertFindsAll(image -> {
            AffineTransform t = new AffineTransform();
            t.translate(image.getHeight(), 0);
            t.quadrantRotate(1);
            return draw(image, t, image.getHeight(), image.getWidth());
        });
    }

    @Test
    void findsACropOfAThirdOffCentre() throws Exception {
        assertFindsAll(image -> copy(image.getSubimage(image.getWidth() * 2 / 5, image.getHeight() / 10, image.getWidth() * 3 / 5,
                image.getHeight() * 3 / 5)));
    }

    @Test
    void findsACopyReSavedAsABadJpeg() throws Exception {
        assertFindsAll(FingerprintFindsCopiesTest::jpeg);
    }

    @Test
    void findsThePictureInsideAScreenshot() throws Exception {
        assertFindsAll(image -> {
            BufferedImage shot = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = shot.createGraphics();
            g.setColor(new Color(0xF4F4F4));
            g.fillRect(0, 0, 900, 560);
            g.setColor(new Color(0xD0D0D0));
            g.fillRect(0, 0, 900, 30);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString("picture.png - Viewer", 380, 20);
            for (int i = 0; i < 16; i++) {
                g.drawString("Folder " + i, 12, 60 + 28 * i);
            }
            g.drawImage(TestPictures.scaled(image, 480, 360), 250, 60, null);
            g.drawString("A caption under the picture, as on a web page.", 250, 450);
            g.dispose();
            return shot;
        });
    }

    @Test
    void regionsCoverThePictureAndAreUnitVectors() throws EncodingException {
        BufferedImage image = TestPictures.draw(400, 300, 3);
        List<RegionVector> regions = encoder.regions(image);
        assertFalse(regions.isEmpty());
        Rectangle union = new Rectangle(regions.get(0).area());
        for (RegionVector region : regions) {
            assertEquals(encoder.dimension(), region.vector().length);
            assertEquals(1.0, Vectors.length(region.vector()), 1e-4);
            assertTrue(new Rectangle(0, 0, 400, 300).contains(region.area()), region.area().toString());
            union.add(region.area());
        }
        assertEquals(new Rectangle(0, 0, 400, 300), union);
        assertEquals(regions.size(), encoder.regions(image).size());
    }

    @Test
    void theFirstQueryVectorIsTheGlobalVector() throws EncodingException {
        BufferedImage image = TestPictures.draw(300, 200, 5);
        List<float[]> vectors = encoder.queryVectors(image);
        assertTrue(vectors.size() > 8, "variants and regions expected, got " + vectors.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(encoder.encode(image), vectors.get(0));
    }

    private void assertFindsAll(UnaryOperator<BufferedImage> change) throws EncodingException {
        List<BufferedImage> originals = new ArrayList<>();
        List<List<float[]>> stored = new ArrayList<>();
        for (int seed = 0; seed < PICTURES; seed++) {
            BufferedImage image = TestPictures.draw(400, 300, 100 + seed);
            originals.add(image);
            List<float[]> vectors = new ArrayList<>();
            vectors.add(encoder.encode(image));
            encoder.regions(image).forEach(r -> vectors.add(r.vector()));
            stored.add(vectors);
        }
        for (int target = 0; target < PICTURES; target++) {
            List<float[]> query = encoder.queryVectors(change.apply(originals.get(target)));
            double own = score(query, stored.get(target));
            for (int other = 0; other < PICTURES; other++) {
                if (other != target) {
                    double theirs = score(query, stored.get(other));
                    assertTrue(own > theirs, "picture " + target + " scored " + own + " but picture " + other + " " + theirs);
                }
            }
        }
    }

    private static double score(List<float[]> query, List<float[]> stored) {
        double best = -1;
        for (float[] q : query) {
            for (float[] v : stored) {
                best = Math.max(best, Vectors.dot(q, v));
            }
        }
        return best;
    }

    private static BufferedImage draw(BufferedImage image, AffineTransform t, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        return draw(image, new AffineTransform(), image.getWidth(), image.getHeight());
    }

    private static BufferedImage jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", bytes);
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
