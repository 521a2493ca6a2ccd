package dev.scry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.PictureIndex;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;

/**
 * The behaviour every {@link PictureIndex} must show, in the manner of Lucene's {@code BaseKnnVectorsFormatTestCase}:
 * subclass it in the store's test fragment and return a new, empty store from {@link #newIndex(Path)}. The embedded
 * Lucene index and the OpenSearch index pass the same suite: the same pictures, queries and expected results, which
 * are written down here or computed by brute force (exact cosine over every picture), never by a store.
 */
public abstract class PictureIndexContract {
    private static final String ENCODER = "test.enc";
    private static final int DIMENSION = 8;

    @TempDir
    Path temp;
    private PictureIndex index;

    /** A new, empty store; {@code folder} is a fresh temporary folder it may use. */
    protected abstract PictureIndex newIndex(Path folder) throws IOException;

    @BeforeEach
    void open() throws IOException {
        index = newIndex(temp);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    /** A unit vector along axis {@code axis}, {@code tilt} of it moved towards axis {@code axis + 1}. */
    private static float[] axis(int axis, double tilt) {
        float[] v = new float[DIMENSION];
        v[axis % DIMENSION] = (float) Math.cos(tilt);
        v[(axis + 1) % DIMENSION] = (float) Math.sin(tilt);
        return v;
    }

    private static ImageRecord picture(String hash, String path, ImageFormat format, long size, long modified) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of(path), modified)), size, format, 640, 480,
                Optional.empty(), Optional.empty(), 1, "", List.of(), false);
    }

    private static List<String> hashes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::hash).toList();
    }

    @Test
    void aPictureReadsBackWithEveryFact() throws IOException {
        ImageRecord record = new ImageRecord("a1", List.of(new ImageRecord.Location(Path.of("/photos/2024/beach.jpg"), 1_700_000_000_000L),
                new ImageRecord.Location(Path.of("/backup/beach copy.jpg"), 1_700_000_100_000L)), 123_456, ImageFormat.JPEG, 4000, 3000,
                Optional.of(Instant.parse("2024-07-01T10:15:30Z")), Optional.of("Canon EOS R6"), 6, "Welcome 欢迎", List.of("Holiday", "sea"),
                true, Map.of("source", List.of("camera roll"), "author", List.of("Ann", "Bo")));
        index.put(record, Map.of(ENCODER, axis(0, 0)), Map.of());
        index.commit();
        assertEquals(1, index.count());
        assertEquals(Optional.of(record), index.find("a1"));
        assertEquals(Optional.empty(), index.find("missing"));
        assertEquals(List.of(ENCODER), index.encoders());
    }

    @Test
    void writingAPictureAgainReplacesIt() throws IOException {
        ImageRecord record = picture("b2", "/p/one.png", ImageFormat.PNG, 10, 1000);
        index.put(record, Map.of(ENCODER, axis(1, 0)), Map.of());
        index.put(record.withTags(List.of("kept")), Map.of(ENCODER, axis(1, 0)), Map.of());
        index.commit();
        assertEquals(1, index.count());
        assertEquals(List.of("kept"), index.find("b2").orElseThrow().tags());
    }

    @Test
    void removedAndClearedPicturesAreGone() throws IOException {
        for (int i = 0; i < 3; i++) {
            index.put(picture("c" + i, "/p/" + i + ".png", ImageFormat.PNG, 10, 1000), Map.of(ENCODER, axis(i, 0)), Map.of());
        }
        index.commit();
        index.remove("c1");
        index.remove("never-there");
        index.commit();
        assertEquals(2, index.count());
        assertEquals(Optional.empty(), index.find("c1"));
        assertEquals(List.of("c0", "c2"), hashes(index.similar(ENCODER, axis(0, 0.1), 10, 0, SearchFilter.NONE)));
        index.clear();
        index.commit();
        assertEquals(0, index.count());
        assertEquals(List.of(), index.similar(ENCODER, axis(0, 0), 10, 0, SearchFilter.NONE));
    }

    @Test
    void theNearestPictureComesFirstWithItsCosineInPercent() throws IOException {
        index.put(picture("near", "/p/near.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(2, 0)), Map.of());
        index.put(picture("half", "/p/half.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(2, Math.PI / 3)), Map.of());
        index.put(picture("far", "/p/far.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(5, 0)), Map.of());
        index.commit();
        List<SearchHit> hits = index.similar(ENCODER, axis(2, 0), 10, 40, SearchFilter.NONE);
        assertEquals(List.of("near", "half"), hashes(hits)); // far is orthogonal: 0 %
        assertEquals(100.0, hits.get(0).similarity(), 0.1);
        assertEquals(50.0, hits.get(1).similarity(), 0.2); // cos 60° = 0.5
        assertEquals(Path.of("/p/near.jpg"), hits.get(0).path());
        assertEquals(List.of("near"), hashes(index.similar(ENCODER, axis(2, 0), 1, 0, SearchFilter.NONE)));
        assertEquals(List.of(), index.similar("other.enc", axis(2, 0), 10, 0, SearchFilter.NONE));
    }

    @Test
    void filtersNarrowPictureSearches() throws IOException {
        index.put(picture("f1", "/lib/cats/a.jpg", ImageFormat.JPEG, 1_000, Instant.parse("2020-01-01T00:00:00Z").toEpochMilli()),
                Map.of(ENCODER, axis(3, 0)), Map.of());
        index.put(picture("f2", "/lib/dogs/b.png", ImageFormat.PNG, 50_000, Instant.parse("2023-01-01T00:00:00Z").toEpochMilli()),
                Map.of(ENCODER, axis(3, 0.1)), Map.of());
        index.put(picture("f3", "/lib/dogs/c.jpg", ImageFormat.JPEG, 2_000_000, Instant.parse("2025-01-01T00:00:00Z").toEpochMilli()),
                Map.of(ENCODER, axis(3, 0.2)), Map.of());
        index.commit();
        float[] query = axis(3, 0);
        assertEquals(List.of("f2", "f3"), hashes(index.similar(ENCODER, query, 10, 0, SearchFilter.NONE.inFolder(Path.of("/lib/dogs")))));
        assertEquals(List.of("f1", "f3"), hashes(index.similar(ENCODER, query, 10, 0, SearchFilter.NONE.ofFormats(Set.of("JPEG")))));
        assertEquals(List.of("f2"), hashes(index.similar(ENCODER, query, 10, 0, SearchFilter.NONE.sized(10_000, 1_000_000))));
        assertEquals(List.of("f1", "f2"), hashes(index.similar(ENCODER, query, 10, 0,
                SearchFilter.NONE.between(null, Instant.parse("2024-01-01T00:00:00Z")))));
        assertEquals(List.of("f3"), hashes(index.similarToAny(ENCODER, List.of(query), 10, 0,
                SearchFilter.NONE.inFolder(Path.of("/lib/dogs")).ofFormats(Set.of("jpeg")))));
    }

    @Test
    void everyQueryVectorIsComparedWithEveryRegionOfACandidate() throws IOException {
        // "tilted" is proposed by the first query vector (its own vector is 45 degrees from it); one of its regions is the
        // second query vector, which no graph search compares with regions: only the exact scoring of the candidates does
        index.put(picture("tilted", "/p/tilted.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(0, Math.PI / 4)),
                Map.of(ENCODER, List.of(axis(5, 0), axis(2, 0))));
        index.put(picture("near", "/p/near.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(2, 0.45)), Map.of());
        index.commit();
        List<SearchHit> hits = index.similarToAny(ENCODER, List.of(axis(0, 0), axis(2, 0)), 10, 0, SearchFilter.NONE);
        assertEquals(List.of("tilted", "near"), hashes(hits));
        assertTrue(hits.get(0).similarity() > 99, "the second query vector is the region: " + hits.get(0).similarity());
        assertEquals(100 * Math.cos(0.45), hits.get(1).similarity(), 0.5); // its own vector against the second query vector
    }

    @Test
    void aPictureIsFoundByItsBestRegion() throws IOException {
        // "whole" matches the query as a whole picture a little; "detail" holds the query as one of its regions
        index.put(picture("whole", "/p/whole.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(4, 0.9)), Map.of());
        index.put(picture("detail", "/p/detail.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(0, 0)),
                Map.of(ENCODER, List.of(axis(6, 0), axis(4, 0.05), axis(7, 0))));
        index.commit();
        float[] query = axis(4, 0);
        assertEquals("whole", hashes(index.similar(ENCODER, query, 10, 0, SearchFilter.NONE)).get(0)); // by whole pictures only
        List<SearchHit> hits = index.similarToAny(ENCODER, List.of(query), 10, 0, SearchFilter.NONE);
        assertEquals(List.of("detail", "whole"), hashes(hits));
        assertTrue(hits.get(0).similarity() > 99, "the region's cosine is 0.9988: " + hits.get(0).similarity());
    }

    @Test
    void wordsFindPicturesByNamePathAndWordsInThem() throws IOException {
        index.put(picture("w1", "/photos/beach/IMG_0012.jpg", ImageFormat.JPEG, 10, 1000), Map.of(ENCODER, axis(0, 0)), Map.of());
        index.put(picture("w2", "/photos/city/上海虹桥.png", ImageFormat.PNG, 10, 1000), Map.of(ENCODER, axis(1, 0)), Map.of());
        index.put(picture("w3", "/scans/letter.png", ImageFormat.PNG, 10, 1000).withWords("Invoice 0x80070005 due"),
                Map.of(ENCODER, axis(2, 0)), Map.of());
        index.commit();
        assertEquals(List.of("w1"), hashes(index.text("beach", 10, 0, SearchFilter.NONE)));
        assertEquals(List.of("w1"), hashes(index.text("0012", 10, 0, SearchFilter.NONE)));
        assertEquals(List.of("w2"), hashes(index.text("虹桥", 10, 0, SearchFilter.NONE)));
        assertEquals(List.of("w3"), hashes(index.text("INVOICE", 10, 0, SearchFilter.NONE)));
        List<SearchHit> two = index.text("beach invoice", 10, 0, SearchFilter.NONE);
        assertEquals(Set.of("w1", "w3"), Set.copyOf(hashes(two)));
        assertEquals(50.0, two.get(0).similarity(), 0.01);
        SearchHit letter = two.stream().filter(h -> h.hash().equals("w3")).findFirst().orElseThrow();
        assertEquals(List.of("invoice"), letter.words());
        List<SearchHit> both = index.text("photos beach", 10, 0, SearchFilter.NONE);
        assertEquals(List.of("w1", "w2"), hashes(both)); // w1 holds both words (100 %), w2 one (50 %)
        assertEquals(List.of(100.0, 50.0), both.stream().map(SearchHit::similarity).toList());
        assertEquals(List.of("w1"), hashes(index.text("photos beach", 10, 60, SearchFilter.NONE)));
        assertEquals(List.of("w2"), hashes(index.text("photos", 10, 0, SearchFilter.NONE.ofFormats(Set.of("png")))));
        assertEquals(List.of(), index.text("nothing", 10, 0, SearchFilter.NONE));
    }

    @Test
    void aWordMatchesOnlyPicturesWithAllOfItsTerms() throws IOException {
        index.put(picture("w2", "/w/pic2.png", ImageFormat.PNG, 10, 1000), Map.of(), Map.of());
        index.put(picture("w3", "/w/pic3.png", ImageFormat.PNG, 10, 1000), Map.of(), Map.of());
        index.commit();
        assertEquals(List.of("w2"), hashes(index.text("pic2", 10, 0, SearchFilter.NONE)));
        assertEquals(List.of(), index.text("pic4", 10, 0, SearchFilter.NONE), "pic and 4: no picture holds both");
    }

    @Test
    void filesListsEveryLocationWithItsHashSizeAndTime() throws IOException {
        ImageRecord twice = picture("d1", "/a/x.jpg", ImageFormat.JPEG, 77, 5000).with(new ImageRecord.Location(Path.of("/b/x.jpg"), 6000));
        index.put(twice, Map.of(ENCODER, axis(0, 0)), Map.of());
        index.put(picture("d2", "/a/y.png", ImageFormat.PNG, 88, 7000), Map.of(), Map.of());
        index.commit();
        assertEquals(Map.of(Path.of("/a/x.jpg"), new ImageSearcher.FileState("d1", 77, 5000),
                Path.of("/b/x.jpg"), new ImageSearcher.FileState("d1", 77, 6000),
                Path.of("/a/y.png"), new ImageSearcher.FileState("d2", 88, 7000)), index.files());
    }

    @Test
    void vectorsRegionsAndWhatPicturesLackReadBack() throws IOException {
        float[] vector = axis(3, 0.2);
        List<float[]> regions = List.of(axis(4, 0), axis(5, 0.3));
        index.put(picture("v1", "/v/one.png", ImageFormat.PNG, 10, 1000), Map.of(ENCODER, vector), Map.of(ENCODER, regions));
        index.put(new ImageRecord("v2", List.of(new ImageRecord.Location(Path.of("/v/two.png"), 2000)), 20, ImageFormat.PNG, 640, 480,
                Optional.empty(), Optional.empty(), 1, "read", List.of(), true), Map.of(), Map.of());
        index.commit();
        assertEquals(Set.of(ENCODER), index.vectors("v1").keySet());
        assertVectorNear(vector, index.vectors("v1").get(ENCODER), 1e-6);
        List<float[]> back = index.regions("v1").get(ENCODER);
        assertEquals(2, back.size());
        for (int i = 0; i < 2; i++) {
            assertVectorNear(regions.get(i), back.get(i), 0.02); // the embedded index keeps region vectors as bytes
        }
        assertEquals(Map.of(), index.vectors("v2"));
        assertEquals(Map.of(), index.vectors("absent"));
        assertEquals(Set.of("v2"), index.withoutVectors(ENCODER));
        assertEquals(Set.of("v1"), index.withoutWords());
        assertEquals(List.of("v1", "v2"), index.records().stream().map(ImageRecord::hash).sorted().toList());
        assertEquals("read", index.records().stream().filter(r -> r.hash().equals("v2")).findFirst().orElseThrow().ocrText());
    }

    private static void assertVectorNear(float[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "component " + i);
        }
    }

    @Test
    void theNearestAreTheExactNearest() throws IOException {
        int pictures = 300;
        int dimension = 16;
        Random random = new Random(18);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < pictures; i++) {
            float[] v = unit(random, dimension);
            vectors.add(v);
            index.put(picture(String.format(Locale.ROOT, "r%03d", i), "/r/" + i + ".jpg", ImageFormat.JPEG, 10, 1000), Map.of("r", v), Map.of());
        }
        index.commit();
        int found = 0;
        int queries = 20;
        for (int q = 0; q < queries; q++) {
            float[] query = unit(random, dimension);
            List<String> exact = IntStream.range(0, pictures).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -cosine(query, vectors.get(i))))
                    .limit(10).map(i -> String.format(Locale.ROOT, "r%03d", i)).toList();
            List<String> hits = hashes(index.similar("r", query, 10, 0, SearchFilter.NONE));
            assertEquals(exact.get(0), hits.get(0), "query " + q);
            found += (int) hits.stream().filter(exact::contains).count();
        }
        double recall = found / (10.0 * queries);
        assertTrue(recall >= 0.95, "recall@10 " + recall);
    }

    private static float[] unit(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dimension; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
