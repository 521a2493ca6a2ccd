package dev.scry.encoder;

import java.awt.Rectangle;
import java.util.Objects;

/**
 * The vector of one part of a picture: {@code area} is in the pixels of the picture that was given to
 * the encoder (not of the file on disk), {@code vector} is in the same space as the encoder's global
 * vectors, so a region vector and a global vector may be compared by their dot product.
 *
 * @since 1.0
 */
public record RegionVector(Rectangle area, float[] vector) {
    public RegionVector {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(vector, "vector");
        area = new Rectangle(area);
    }

    @Override
    public Rectangle area() {
        return new Rectangle(area);
    }
}
