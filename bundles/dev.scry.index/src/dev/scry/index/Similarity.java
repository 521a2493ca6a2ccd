package dev.scry.index;

/** Converts Lucene scores to the similarity percentages Scry shows. */
public final class Similarity {
    private Similarity() {
    }

    /**
     * Lucene scores cosine similarity as {@code (1 + cos) / 2}; Scry shows {@code max(0, cos) * 100}
     * rounded to one decimal, so identical pictures are 100 and unrelated ones near 0.
     */
    public static double percentFromCosineScore(float score) {
        return percentFromCosine(2.0 * score - 1.0);
    }

    /** {@code max(0, cos) * 100}, rounded to one decimal. */
    public static double percentFromCosine(double cosine) {
        double percent = Math.max(0, Math.min(1, cosine)) * 100;
        return Math.round(percent * 10) / 10.0;
    }
}
