package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.Vectors;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.index.Similarity;
import dev.scry.testing.TestPictures;

/** {@code cmp A B} and {@code cmp B A} say the same: the better of the two directions. */
class CompareTest {
    @TempDir
    Path temp;

    private final FingerprintEncoder fingerprint = new FingerprintEncoder();

    @Test
    void aScreenshotAndThePictureItShowsScoreTheSameInEitherOrder() throws Exception {
        BufferedImage original = TestPictures.draw(600, 400, 7);
        BufferedImage screenshot = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screenshot.createGraphics();
        g.setColor(new Color(236, 236, 236));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(60, 60, 70));
        g.fillRect(0, 0, 1280, 40);
        g.drawImage(original, 340, 140, 600, 400, null);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Holiday pictures - viewer", 20, 25);
        g.dispose();
        assertSymmetric(TestPictures.write(screenshot, "png", temp.resolve("screenshot.png")),
                TestPictures.write(original, "png", temp.resolve("original.png")));
    }

    @Test
    void aMirroredCropAndItsSourceScoreTheSameInEitherOrder() throws Exception {
        BufferedImage original = TestPictures.draw(600, 400, 11);
        BufferedImage mirroredCrop = new BufferedImage(330, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mirroredCrop.createGraphics();
        g.drawImage(original.getSubimage(250, 120, 330, 260), 330, 0, -330, 260, null);
        g.dispose();
        assertSymmetric(TestPictures.write(mirroredCrop, "png", temp.resolve("mirrored-crop.png")),
                TestPictures.write(original, "png", temp.resolve("original.png")));
    }

    private void assertSymmetric(Path a, Path b) throws Exception {
        double ab = new LibrarySearch(fingerprint).compare(a, b);
        double ba = new LibrarySearch(fingerprint).compare(b, a);
        double forward = oneWay(a, b);
        double backward = oneWay(b, a);
        assertTrue(Math.abs(forward - backward) > 1, "the two directions differ, or the pair tests nothing: " + forward + " " + backward);
        assertEquals(ab, ba, 1e-9, "cmp A B = cmp B A");
        assertEquals(Math.max(forward, backward), ab, 1e-9, "the better direction");
    }

    /** A's query vectors against B's vector and regions, as a search with A finds B. */
    private double oneWay(Path a, Path b) throws Exception {
        ImageLoader loader = new ImageLoader(LibraryIndexer.DECODE_SIDE);
        BufferedImage query = loader.load(a).pixels();
        BufferedImage target = loader.load(b).pixels();
        List<float[]> targets = new ArrayList<>(List.of(fingerprint.encode(target)));
        fingerprint.regions(target).forEach(r -> targets.add(r.vector()));
        double best = -1;
        for (float[] q : fingerprint.queryVectors(query)) {
            for (float[] t : targets) {
                best = Math.max(best, Vectors.dot(q, t));
            }
        }
        return Similarity.percentFromCosine(best);
    }
}
