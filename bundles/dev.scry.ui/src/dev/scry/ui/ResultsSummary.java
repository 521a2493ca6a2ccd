package dev.scry.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The Query view's one-line summary of a search, with singular and plural right: "1 strong match,
 * 49 weaker • 12 ms", "3 pictures • 8 ms" when every hit is strong, "No pictures match • 5 ms".
 */
public final class ResultsSummary {
    private ResultsSummary() {
    }

    /** The summary of {@code strong} strong hits out of {@code total}, found in {@code millis}. */
    public static String of(int strong, int total, long millis) {
        if (strong < 0 || strong > total) {
            throw new IllegalArgumentException("strong hits " + strong + " out of " + total);
        }
        if (total == 0) {
            return NLS.bind(Messages.query_none, millis);
        }
        if (strong == total) {
            return NLS.bind(Messages.query_summary, count(total, Messages.query_pictureOne, Messages.query_pictureMany), millis);
        }
        int weaker = total - strong;
        return NLS.bind(Messages.query_summaryWeaker, new Object[] { count(strong, Messages.query_strongOne, Messages.query_strongMany),
                count(weaker, Messages.query_weakerOne, Messages.query_weakerMany), millis });
    }

    /** A count in its singular or plural form (the forms are the same in Chinese). */
    static String count(int n, String one, String many) {
        return NLS.bind(n == 1 ? one : many, n);
    }
}
