package dev.scry.encoder.fingerprint;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.RegionVector;

/**
 * The built-in visual fingerprint, with no learned weights. A picture (or a window of it) is sampled
 * onto a square grid and described by its brightness layout, a histogram of edge directions per cell
 * and a light colour layout ({@link Descriptor}). Besides the global vector, every picture has region
 * vectors for overlapping windows at three sizes ({@link Windows}), so a crop meets the part it was cut
 * from; the query side adds the mirror image and quarter turns of the query, and the query's own
 * regions, so a picture shown in a screenshot or partly covered by text meets its original. The last
 * {@value Role#TAGS} dimensions tag each vector's {@link Role}, so that matches between whole pictures
 * count for more than matches involving regions.
 */
@Component(service = ImageEncoder.class)
public class FingerprintEncoder implements ImageEncoder {
    private static final int MIN_SIDE = 8;

    @Override
    public String id() {
        return EncoderRegistry.FINGERPRINT;
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public String label() {
        return "Visual fingerprint (built in)";
    }

    @Override
    public int dimension() {
        return Descriptor.DIMENSION + Role.TAGS;
    }

    @Override
    public float[] encode(BufferedImage image) throws EncodingException {
        return Role.WHOLE.vector(Descriptor.describe(planes(image).sample(0, 0, 1, 1, Descriptor.GRID)));
    }

    /** The regions: one per window of {@link Windows}, in that order, with areas in the picture's pixels. */
    @Override
    public List<RegionVector> regions(BufferedImage image) throws EncodingException {
        return regions(planes(image), Role.REGION);
    }

    private static List<RegionVector> regions(Planes planes, Role role) {
        List<RegionVector> regions = new ArrayList<>(Windows.ALL.size());
        for (double[] w : Windows.ALL) {
            float[] vector = role.vector(Descriptor.describe(planes.sample(w[0], w[1], w[2], w[3], Descriptor.GRID)));
            regions.add(new RegionVector(area(planes, w), vector));
        }
        return regions;
    }

    /**
     * The global vectors of the query under the eight symmetries of the square (mirror and quarter
     * turns), the query as it is first; the others are tagged to count a little less ({@link Role}).
     */
    @Override
    public List<float[]> queryVariants(BufferedImage query) throws EncodingException {
        return variants(planes(query));
    }

    private static List<float[]> variants(Planes planes) {
        Grid grid = planes.sample(0, 0, 1, 1, Descriptor.GRID);
        List<float[]> variants = new ArrayList<>(Grid.SYMMETRIES);
        for (int k = 0; k < Grid.SYMMETRIES; k++) {
            variants.add((k == 0 ? Role.WHOLE : Role.QUERY_VARIANT).vector(Descriptor.describe(grid.transformed(k))));
        }
        return variants;
    }

    /**
     * The query's vectors: its {@link #queryVariants(BufferedImage) variants}, then the picture found
     * inside it if it looks like a screenshot ({@link ContentBox}), then its regions (the windows of
     * {@link #regions(BufferedImage)}, tagged as query regions: see {@link Role}).
     */
    @Override
    public List<float[]> queryVectors(BufferedImage query) throws EncodingException {
        Planes planes = planes(query);
        List<float[]> vectors = new ArrayList<>(variants(planes));
        ContentBox.find(new Planes(query, ContentBox.SIDE)).ifPresent(
                b -> vectors.add(Role.WHOLE.vector(Descriptor.describe(planes.sample(b[0], b[1], b[2], b[3], Descriptor.GRID)))));
        for (RegionVector region : regions(planes, Role.QUERY_REGION)) {
            vectors.add(region.vector());
        }
        return vectors;
    }

    private static Rectangle area(Planes planes, double[] w) {
        int x = (int) Math.round(w[0] * planes.sourceWidth);
        int y = (int) Math.round(w[1] * planes.sourceHeight);
        int width = (int) Math.round((w[0] + w[2]) * planes.sourceWidth) - x;
        int height = (int) Math.round((w[1] + w[3]) * planes.sourceHeight) - y;
        return new Rectangle(x, y, Math.max(1, width), Math.max(1, height));
    }

    private static Planes planes(BufferedImage image) throws EncodingException {
        if (image == null) {
            throw new EncodingException("no picture given");
        }
        if (image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE) {
            throw new EncodingException("picture too small to fingerprint: " + image.getWidth() + "x" + image.getHeight()
                    + " pixels (at least " + MIN_SIDE + "x" + MIN_SIDE + ")");
        }
        return new Planes(image);
    }
}
