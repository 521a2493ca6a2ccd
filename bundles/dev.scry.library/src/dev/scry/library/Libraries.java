package dev.scry.library;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;

/**
 * The libraries of the user's Scry home as a service, for the workbench: the catalog, an indexer with
 * the installed encoders and a search with the fingerprint. The home is the one whose models are the
 * model encoders ({@link ModelEncoders#home()}, as {@link ScryHome#resolve(Path)} finds it).
 */
@Component(service = Libraries.class)
public class Libraries {
    private final EncoderRegistry encoders;
    private final OpenLibraries open;
    private final LibraryCatalog catalog;

    @Activate
    public Libraries(@Reference EncoderRegistry encoders, @Reference ModelEncoders models, @Reference OpenLibraries open) {
        this(encoders, models.home(), open);
    }

    /** The libraries of {@code home}, opening an index for each question (nothing shared). */
    public Libraries(EncoderRegistry encoders, ScryHome home) {
        this(encoders, home, OpenLibraries.eachCall());
    }

    /** The libraries of {@code home}, searched through {@code open}. */
    public Libraries(EncoderRegistry encoders, ScryHome home, OpenLibraries open) {
        this.encoders = encoders;
        this.open = open;
        this.catalog = new LibraryCatalog(home, open);
    }

    /** The libraries' open indexes, shared by every search of this process. */
    public OpenLibraries open() {
        return open;
    }

    public LibraryCatalog catalog() {
        return catalog;
    }

    /** An indexer with every installed image encoder. */
    public LibraryIndexer indexer() {
        return new LibraryIndexer(encoders.imageEncoders());
    }

    /**
     * An indexer with the encoders a library asks for (all installed ones when it names none), on the
     * threads the settings allow, reading the words in pictures when the library wants them.
     */
    public LibraryIndexer indexer(Library library) throws LibraryException {
        PictureText words = library.ocr() ? pictureText : null;
        return new LibraryIndexer(encodersFor(library, encoders), settings().indexingThreads(), words);
    }

    private volatile PictureText pictureText;

    /** The OCR reader, when installed: libraries with OCR on index the words in their pictures. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    public void setOcr(dev.scry.ocr.OcrReader reader) {
        pictureText = Words.of(reader);
    }

    public void unsetOcr(dev.scry.ocr.OcrReader reader) {
        pictureText = null;
    }

    /** The user's preferences in this home. */
    public Settings settings() {
        return Settings.load(catalog.home());
    }

    /** The installed encoders a library uses: those it names, or all when it names none. */
    public static List<ImageEncoder> encodersFor(Library library, EncoderRegistry registry) throws LibraryException {
        if (library.encoders().isEmpty()) {
            return registry.imageEncoders();
        }
        List<ImageEncoder> chosen = new java.util.ArrayList<>();
        for (String id : library.encoders()) {
            chosen.add(registry.imageEncoder(id).orElseThrow(() -> new LibraryException(LibraryException.Kind.NOT_FOUND,
                    "library " + library.name() + " uses encoder " + id + ", which is not installed")));
        }
        return chosen;
    }

    /** A search with the given encoder, or the fingerprint when {@code encoderId} is null. */
    public LibrarySearch search(String encoderId) throws LibraryException {
        String id = encoderId == null ? EncoderRegistry.FINGERPRINT : encoderId;
        ImageEncoder encoder = encoders.imageEncoder(id)
                .orElseThrow(() -> new LibraryException(LibraryException.Kind.NOT_FOUND, "no encoder called " + id));
        return new LibrarySearch(encoder, open);
    }

    public List<ImageEncoder> imageEncoders() {
        return encoders.imageEncoders();
    }

    /** The text encoder with this id, if installed. */
    public java.util.Optional<dev.scry.encoder.TextEncoder> textEncoder(String id) {
        return encoders.textEncoder(id);
    }

    /** The text encoder to use for word queries in a library: the first installed one whose vectors it holds. */
    public java.util.Optional<dev.scry.encoder.TextEncoder> textEncoderFor(Library library) throws LibraryException {
        List<String> indexed = indexedEncoders(open, library);
        return encoders.textEncoders().stream().filter(t -> indexed.contains(t.id())).findFirst();
    }

    /** As {@link #textEncoderFor(Library)}, with a given registry. */
    public static java.util.Optional<dev.scry.encoder.TextEncoder> textEncoderFor(Library library, EncoderRegistry registry)
            throws LibraryException {
        List<String> indexed = indexedEncoders(OpenLibraries.eachCall(), library);
        return registry.textEncoders().stream().filter(t -> indexed.contains(t.id())).findFirst();
    }

    private static List<String> indexedEncoders(OpenLibraries open, Library library) throws LibraryException {
        try (dev.scry.index.PictureReader searcher = open.reader(library)) {
            return searcher.encoders();
        } catch (java.io.IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }
}
