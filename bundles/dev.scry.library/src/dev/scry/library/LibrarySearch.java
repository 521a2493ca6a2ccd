package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.Vectors;
import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.PictureReader;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.Similarity;
import dev.scry.library.LibraryException.Kind;

/** Finds pictures in a library by a picture (with one encoder) or by words, and compares two pictures. */
public final class LibrarySearch {
    private final ImageEncoder encoder;
    private final OpenLibraries open;
    private final ImageLoader loader;

    /** A search that opens a library's index for each question (a one-shot command). */
    public LibrarySearch(ImageEncoder encoder) {
        this(encoder, OpenLibraries.eachCall());
    }

    /** A search through the process's open libraries. */
    public LibrarySearch(ImageEncoder encoder, OpenLibraries open) {
        this(encoder, open, null);
    }

    /**
     * A search through the process's open libraries that decodes each query picture within
     * {@code decodeLimit} (null: no limit), refusing a slower one as too large: a service's clients'
     * pictures.
     */
    public LibrarySearch(ImageEncoder encoder, OpenLibraries open, java.time.Duration decodeLimit) {
        this.encoder = encoder;
        this.open = open;
        ImageLoader loader = new ImageLoader(LibraryIndexer.DECODE_SIDE);
        this.loader = decodeLimit == null ? loader : loader.timeLimited(decodeLimit);
    }

    /**
     * The pictures most like the picture file {@code query}, best first: found as a whole, mirrored or
     * turned, as a crop of a library picture, or inside a screenshot, as the encoder's query vectors allow.
     */
    public List<SearchHit> similarTo(Library library, Path query, int n, double minSimilarity, SearchFilter filter)
            throws LibraryException, UnreadableImageException {
        dev.scry.image.LoadedImage image = loader.load(query, EncoderInput.sizes(List.of(encoder)));
        return search(library, EncoderInput.of(image, encoder), n, minSimilarity, filter);
    }

    /** As {@link #similarTo(Library, Path, int, double, SearchFilter)}, for a decoded picture (or a part of one). */
    public List<SearchHit> similarTo(Library library, java.awt.image.BufferedImage query, int n, double minSimilarity,
            SearchFilter filter) throws LibraryException {
        return search(library, TinyPictures.forEncoding(query), n, minSimilarity, filter);
    }

    private List<SearchHit> search(Library library, java.awt.image.BufferedImage query, int n, double minSimilarity,
            SearchFilter filter) throws LibraryException {
        try (PictureReader searcher = open.reader(library)) {
            return searcher.similarToAny(encoder.id(), encoder.queryVectors(query), n, minSimilarity, filter);
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(library.name(), e);
        } catch (EncodingException e) {
            throw new LibraryException(Kind.IO, "cannot encode the query picture: " + e.getMessage(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot search library", library.name(), e);
        }
    }

    /**
     * Where the region {@code region} of {@code picture} (a {@link SearchHit#region()} of a picture query
     * with this encoder) lies, as fractions of the picture's width and height: {x, y, width, height}. The
     * index keeps the regions' vectors, not their areas, so the picture is decoded and given to the
     * encoder again as indexing gave it. Empty when the picture no longer has that region (it changed
     * since it was indexed).
     */
    public java.util.Optional<double[]> matchedArea(Path picture, int region) throws UnreadableImageException, EncodingException {
        if (region < 0) {
            throw new IllegalArgumentException("no region to find: " + region);
        }
        java.awt.image.BufferedImage pixels = EncoderInput.of(loader.load(picture, EncoderInput.sizes(List.of(encoder))), encoder);
        List<dev.scry.encoder.RegionVector> regions = encoder.regions(pixels);
        if (region >= regions.size()) {
            return java.util.Optional.empty();
        }
        java.awt.Rectangle area = regions.get(region).area();
        double width = pixels.getWidth();
        double height = pixels.getHeight();
        return java.util.Optional.of(new double[] { area.x / width, area.y / height, area.width / width, area.height / height });
    }

    /** The picture file {@code query}, or the part {@code region} of it (in the file's pixels), decoded upright. */
    public java.awt.image.BufferedImage picture(Path query, java.awt.Rectangle region) throws UnreadableImageException {
        dev.scry.image.LoadedImage image = loader.load(query);
        if (region == null) {
            return image.pixels();
        }
        double scale = (double) image.pixels().getWidth() / image.width();
        java.awt.Rectangle scaled = new java.awt.Rectangle((int) Math.round(region.x * scale), (int) Math.round(region.y * scale),
                Math.max(1, (int) Math.round(region.width * scale)), Math.max(1, (int) Math.round(region.height * scale)))
                .intersection(new java.awt.Rectangle(0, 0, image.pixels().getWidth(), image.pixels().getHeight()));
        if (scaled.isEmpty()) {
            throw new IllegalArgumentException("the region " + region.x + "," + region.y + "," + region.width + "," + region.height
                    + " lies outside the picture (" + image.width() + "x" + image.height() + ")");
        }
        return image.pixels().getSubimage(scaled.x, scaled.y, scaled.width, scaled.height);
    }

    /**
     * How alike two picture files are, in percent (100 = same picture), whichever is named first: the
     * better of the two directions, each being the best match of one picture's query vectors (whole,
     * mirrored, turned, the picture inside a screenshot, its regions) with the other's vector and regions.
     * So a crop and its source, or a screenshot and the picture it shows, score as the better side finds them.
     */
    public double compare(Path a, Path b) throws LibraryException, UnreadableImageException {
        java.util.Set<dev.scry.image.PictureSize> sizes = EncoderInput.sizes(List.of(encoder));
        Compared first = compared(a, EncoderInput.of(loader.load(a, sizes), encoder));
        Compared second = compared(b, EncoderInput.of(loader.load(b, sizes), encoder));
        return Similarity.percentFromCosine(Math.max(best(first.queries(), second.targets()), best(second.queries(), first.targets())));
    }

    /** One picture of a comparison: its query vectors (whole, mirrored, turned, ...) and its own vector and region vectors. */
    private record Compared(List<float[]> queries, List<float[]> targets) {
    }

    private Compared compared(Path file, java.awt.image.BufferedImage picture) throws LibraryException {
        try {
            List<float[]> targets = new java.util.ArrayList<>(List.of(encoder.encode(picture)));
            encoder.regions(picture).forEach(r -> targets.add(r.vector()));
            return new Compared(encoder.queryVectors(picture), targets);
        } catch (EncodingException e) {
            throw new LibraryException(Kind.IO, file + ": cannot be compared: " + e.getMessage(), e);
        }
    }

    /** The best dot product of any query vector with any target vector. */
    private static double best(List<float[]> queries, List<float[]> targets) {
        double best = -1;
        for (float[] query : queries) {
            for (float[] target : targets) {
                best = Math.max(best, Vectors.dot(query, target));
            }
        }
        return best;
    }

    /** The pictures whose file name, path, camera or words in the picture contain the words of {@code text}, best first. */
    public static List<SearchHit> text(Library library, String text, int n, double minSimilarity, SearchFilter filter)
            throws LibraryException {
        try (PictureReader searcher = OpenLibraries.eachCall().reader(library)) {
            return searcher.text(text, n, minSimilarity, filter);
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot search library", library.name(), e);
        }
    }

    /** The number of distinct pictures in the library. */
    public static int count(Library library) throws LibraryException {
        try (PictureReader searcher = OpenLibraries.eachCall().reader(library)) {
            return searcher.count();
        } catch (IOException e) {
            throw LibraryException.io("cannot read library", library.name(), e);
        }
    }
}
