package dev.scry.encoder.fingerprint;

/**
 * What a vector stands for, written into the last {@value #TAGS} dimensions of every fingerprint vector
 * so that the plain dot product an index computes also weighs how trustworthy a kind of match is. A
 * whole picture against a whole picture (in any query variant) scores its descriptor similarity; a whole
 * picture against a region, either way, scores {@value #PENALTY} less; a region against a region about
 * {@code 1.5 x} that; a mirrored or turned query {@value #VARIANT_PENALTY} less than the query as it is. Many windows compared with many windows find some chance likeness, and this keeps
 * such chance matches from beating a true whole-picture match that a tone change has weakened.
 */
enum Role {
    /** The global vector of a picture, of a variant of the query, or of the picture inside a screenshot. */
    WHOLE(1, 0, 0),
    /** A region stored for a picture. */
    REGION(Tag.C, Tag.S, 0),
    /** A mirrored or turned query: a little less likely than the query as it is. */
    QUERY_VARIANT(Tag.CV, 0, Tag.SV),
    /** A region of the query. */
    QUERY_REGION(Tag.C, 0, Tag.S);

    static final int TAGS = 3;
    /** The share of a vector's squared length given to the tag. */
    static final double TAG_SHARE = 0.1;
    /** The penalty, in units of descriptor similarity, of a whole-to-region match. */
    static final double PENALTY = 0.05;
    /** The penalty of a match through a mirrored or turned query. */
    static final double VARIANT_PENALTY = 0.02;

    /** The tag of regions: their cosine with the whole-picture tag, which sets the penalty. */
    private static final class Tag {
        static final double C = 1 - PENALTY * (1 - TAG_SHARE) / TAG_SHARE;
        static final double S = Math.sqrt(1 - C * C);
        static final double CV = 1 - VARIANT_PENALTY * (1 - TAG_SHARE) / TAG_SHARE;
        static final double SV = Math.sqrt(1 - CV * CV);
    }

    private final float[] tag;

    Role(double a, double b, double c) {
        double scale = Math.sqrt(TAG_SHARE);
        this.tag = new float[] { (float) (a * scale), (float) (b * scale), (float) (c * scale) };
    }

    /** The vector for a unit descriptor in this role: the descriptor scaled down, then the tag. */
    float[] vector(float[] descriptor) {
        float[] out = new float[descriptor.length + TAGS];
        float scale = (float) Math.sqrt(1 - TAG_SHARE);
        for (int i = 0; i < descriptor.length; i++) {
            out[i] = descriptor[i] * scale;
        }
        System.arraycopy(tag, 0, out, descriptor.length, TAGS);
        return dev.scry.encoder.Vectors.normalize(out);
    }
}
