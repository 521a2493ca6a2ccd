package dev.scry.library;

import java.util.Locale;
import java.util.Properties;

/**
 * Where a library's pictures are stored and searched: the embedded Lucene index in the library's folder (the
 * default), or an index on an OpenSearch cluster, named by its address and the index's name. Kept in the
 * library's settings; the rest of the library (its folders, labels, refused files) stays in its folder either way.
 *
 * @param url   the cluster's address (one or more, comma-separated), empty for the embedded index
 * @param index the index's name on the cluster, empty for the embedded index
 */
public record LibraryStore(String url, String index) {
    /** The embedded Lucene index in the library's folder. */
    public static final LibraryStore EMBEDDED = new LibraryStore("", "");
    private static final String STORE_KEY = "store";
    private static final String URL_KEY = "opensearch.url";
    private static final String INDEX_KEY = "opensearch.index";
    private static final String OPENSEARCH = "opensearch";

    public LibraryStore {
        if (url.isBlank() != index.isBlank()) {
            throw new IllegalArgumentException("an OpenSearch store needs both an address and an index name: '" + url + "', '" + index + "'");
        }
    }

    /** The index {@code index} on the OpenSearch cluster at {@code url}. */
    public static LibraryStore openSearch(String url, String index) {
        if (url.isBlank() || index.isBlank()) {
            throw new IllegalArgumentException("an OpenSearch store needs an address and an index name");
        }
        return new LibraryStore(url.strip(), index.strip());
    }

    /** The index name a library called {@code library} gets on a cluster unless one is given: {@code scry-} and its name in lower case. */
    public static String defaultIndex(String library) {
        return "scry-" + library.toLowerCase(Locale.ROOT);
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    /** "embedded" or "OpenSearch at URL, index NAME", for people. */
    public String describe() {
        return isEmbedded() ? "embedded (Lucene, in the library's folder)" : "OpenSearch at " + url + ", index " + index;
    }

    void save(Properties p) {
        if (!isEmbedded()) {
            p.setProperty(STORE_KEY, OPENSEARCH);
            p.setProperty(URL_KEY, url);
            p.setProperty(INDEX_KEY, index);
        }
    }

    static LibraryStore load(Properties p) {
        String kind = p.getProperty(STORE_KEY, "embedded").strip();
        if (kind.equals("embedded")) {
            return EMBEDDED;
        }
        if (!kind.equals(OPENSEARCH)) {
            throw new IllegalArgumentException("unknown store '" + kind + "' (embedded or opensearch)");
        }
        return openSearch(p.getProperty(URL_KEY, ""), p.getProperty(INDEX_KEY, ""));
    }
}
