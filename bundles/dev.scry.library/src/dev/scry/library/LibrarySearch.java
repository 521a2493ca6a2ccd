package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.Vectors;
import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.Similarity;
import dev.scry.library.LibraryException.Kind;

/** Finds pictures in a library by a picture (with one encoder) or by words, and compares two pictures. */
public final class LibrarySearch {
    private final ImageEncoder encoder;
    private final ImageLoader loader = new ImageLoader(LibraryIndexer.DECODE_SIDE);

    public LibrarySearch(ImageEncoder encoder) {
        this.encoder = encoder;
    }

    /** The vector of a picture file, as the index would store it. */
    public float[] encode(Path picture) throws LibraryException, UnreadableImageException {
        try {
            return encoder.encode(loader.load(picture).pixels());
        } catch (EncodingException e) {
            throw new LibraryException(Kind.IO, picture + ": " + e.getMessage(), e);
        }
    }

    /** The pictures most like the picture file {@code query}, best first. */
    public List<SearchHit> similarTo(Library library, Path query, int n, double minSimilarity, SearchFilter filter)
            throws LibraryException, UnreadableImageException {
        return similarTo(library, encode(query), n, minSimilarity, filter);
    }

    /** The pictures whose vectors are nearest to {@code vector}, best first. */
    public List<SearchHit> similarTo(Library library, float[] vector, int n, double minSimilarity, SearchFilter filter)
            throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.similar(encoder.id(), vector, n, minSimilarity, filter);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot search library " + library.name() + ": " + e.getMessage(), e);
        }
    }

    /** How alike two picture files are, in percent (100 = same picture). */
    public double compare(Path a, Path b) throws LibraryException, UnreadableImageException {
        return Similarity.percentFromCosine(Vectors.dot(encode(a), encode(b)));
    }

    /** The pictures whose file name, path, camera or words in the picture contain the words of {@code text}, best first. */
    public static List<SearchHit> text(Library library, String text, int n, double minSimilarity, SearchFilter filter)
            throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.text(text, n, minSimilarity, filter);
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot search library " + library.name() + ": " + e.getMessage(), e);
        }
    }

    /** The number of distinct pictures in the library. */
    public static int count(Library library) throws LibraryException {
        try (ImageSearcher searcher = ImageSearcher.open(library.indexFolder())) {
            return searcher.count();
        } catch (IOException e) {
            throw new LibraryException(Kind.IO, "cannot read library " + library.name() + ": " + e.getMessage(), e);
        }
    }
}
