package dev.scry.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a library's pictures are stored and searched: the embedded Lucene index in the library's folder (the
 * default), or an index on an OpenSearch cluster, named by its address and the index's name. Kept in the
 * library's settings; the rest of the library (its folders, labels, refused files) stays in its folder either way.
 *
 * A cluster that wants credentials gets them from files ({@code passwordFile}, {@code apiKeyFile}) read each time Scry
 * connects: the settings keep the files' paths, never a secret.
 *
 * @param url          the cluster's address (one or more, comma-separated), empty for the embedded index
 * @param index        the index's name on the cluster, empty for the embedded index
 * @param user         the user name for HTTP basic authentication, or empty
 * @param passwordFile the file holding that user's password, with {@code user}
 * @param apiKeyFile   the file holding an API key, without {@code user}
 * @param insecure     whether an https address's certificate is accepted unchecked ({@code --insecure})
 */
public record LibraryStore(String url, String index, Optional<String> user, Optional<Path> passwordFile, Optional<Path> apiKeyFile,
        boolean insecure) {
    /** The embedded Lucene index in the library's folder. */
    public static final LibraryStore EMBEDDED = new LibraryStore("", "", Optional.empty(), Optional.empty(), Optional.empty(), false);
    private static final String STORE_KEY = "store";
    private static final String URL_KEY = "opensearch.url";
    private static final String INDEX_KEY = "opensearch.index";
    private static final String USER_KEY = "opensearch.user";
    private static final String PASSWORD_FILE_KEY = "opensearch.password_file";
    private static final String API_KEY_FILE_KEY = "opensearch.api_key_file";
    private static final String INSECURE_KEY = "opensearch.insecure";
    private static final String OPENSEARCH = "opensearch";

    public LibraryStore {
        if (url.isBlank() != index.isBlank()) {
            throw new IllegalArgumentException("an OpenSearch store needs both an address and an index name: '" + url + "', '" + index + "'");
        }
        if (user.isPresent() != passwordFile.isPresent()) {
            throw new IllegalArgumentException("--user and --password-file go together");
        }
        if (user.isPresent() && apiKeyFile.isPresent()) {
            throw new IllegalArgumentException("either --user with --password-file or --api-key-file, not both");
        }
        if (url.isBlank() && (user.isPresent() || apiKeyFile.isPresent() || insecure)) {
            throw new IllegalArgumentException("credentials and --insecure go with an OpenSearch store");
        }
        passwordFile = passwordFile.map(f -> f.toAbsolutePath().normalize());
        apiKeyFile = apiKeyFile.map(f -> f.toAbsolutePath().normalize());
    }

    /** The index {@code index} on the OpenSearch cluster at {@code url}, without credentials, certificates checked. */
    public static LibraryStore openSearch(String url, String index) {
        if (url.isBlank() || index.isBlank()) {
            throw new IllegalArgumentException("an OpenSearch store needs an address and an index name");
        }
        return new LibraryStore(url.strip(), index.strip(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** This store entered as {@code user} with the password in {@code passwordFile}. */
    public LibraryStore withPassword(String user, Path passwordFile) {
        return new LibraryStore(url, index, Optional.of(user), Optional.of(passwordFile), apiKeyFile, insecure);
    }

    /** This store entered with the API key in {@code apiKeyFile}. */
    public LibraryStore withApiKey(Path apiKeyFile) {
        return new LibraryStore(url, index, user, passwordFile, Optional.of(apiKeyFile), insecure);
    }

    /** This store with an https address's certificate accepted unchecked. */
    public LibraryStore insecurely() {
        return new LibraryStore(url, index, user, passwordFile, apiKeyFile, true);
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
        if (isEmbedded()) {
            return "embedded (Lucene, in the library's folder)";
        }
        String entered = user.map(u -> ", as " + u + " (password in " + passwordFile.orElseThrow() + ")")
                .orElse(apiKeyFile.map(f -> ", API key in " + f).orElse(""));
        return "OpenSearch at " + url + ", index " + index + entered + (insecure ? ", certificate unchecked (--insecure)" : "");
    }

    void save(Properties p) {
        if (!isEmbedded()) {
            p.setProperty(STORE_KEY, OPENSEARCH);
            p.setProperty(URL_KEY, url);
            p.setProperty(INDEX_KEY, index);
            user.ifPresent(u -> p.setProperty(USER_KEY, u));
            passwordFile.ifPresent(f -> p.setProperty(PASSWORD_FILE_KEY, f.toString()));
            apiKeyFile.ifPresent(f -> p.setProperty(API_KEY_FILE_KEY, f.toString()));
            if (insecure) {
                p.setProperty(INSECURE_KEY, "true");
            }
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
        LibraryStore store = openSearch(p.getProperty(URL_KEY, ""), p.getProperty(INDEX_KEY, ""));
        return new LibraryStore(store.url, store.index, Optional.ofNullable(p.getProperty(USER_KEY)),
                Optional.ofNullable(p.getProperty(PASSWORD_FILE_KEY)).map(Path::of), Optional.ofNullable(p.getProperty(API_KEY_FILE_KEY)).map(Path::of),
                Boolean.parseBoolean(p.getProperty(INSECURE_KEY, "false").strip()));
    }
}
