package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchHit;
import dev.scry.library.LibraryException.Kind;

/** Finds pictures in a library that look like a given picture. */
public final class LibrarySearch {
    private final ImageEncoder encoder;
    private final ImageLoader loader = new ImageLoader(LibraryIndexer.DECODE_SIDE);

    public LibrarySearch(ImageEncoder encoder) {
        this.encoder = encoder;
    }

    /** The pictures most like the picture file {@code query}, best first. */
    public List<SearchHit> similarTo(Library library, Path query, int n, double minSimilarity)
            throws LibraryException, UnreadableImageException {
        LoadedImage image = loader.load(query);
        try {
            return similarTo(library, encoder.encode(image.pixels()), n, minSimilarity);
        } catch (EncodingException e) {
            throw new LibraryException(Kind.IO, query + ": " + e.getMessage(), e);
        }
    }

    /** The pictures whose vectors are nearest to {@code vector}, best first. */
    public List<SearchHit> similarTo(Library library, float[] vector, int n, double minSimilarity) throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.similar(encoder.id(), vector, n, minSimilarity);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot search library " + library.name() + ": " + e.getMessage(), e);
        }
    }

    /** The pictures whose file name, path or metadata contain the words of {@code text}, best first. */
    public static List<SearchHit> text(Library library, String text, int n, double minSimilarity) throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.text(text, n, minSimilarity);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot search library " + library.name() + ": " + e.getMessage(), e);
        }
    }

    /** The number of pictures in the library. */
    public static int count(Library library) throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.count();
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot read library " + library.name() + ": " + e.getMessage(), e);
        }
    }
}
