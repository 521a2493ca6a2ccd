package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/** Region vectors kept as bytes: a small index, regions that read back as nearly the floats, and found by region queries. */
class RegionVectorsTest {
    private static final int DIMENSION = 227;
    private static final int REGIONS = 27;
    private static final int PICTURES = 150;

    @TempDir
    Path folder;

    private static ImageRecord record(int i) {
        return new ImageRecord("h" + i, List.of(new ImageRecord.Location(Path.of("/p/" + i + ".jpg"), 1_700_000_000_000L)), 1234,
                ImageFormat.JPEG, 640, 480, Optional.empty(), Optional.empty(), 1, "");
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double sum = 0;
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
            sum += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSION; i++) {
            v[i] /= (float) Math.sqrt(sum);
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private List<List<float[]>> build() throws Exception {
        Random random = new Random(5);
        List<List<float[]>> all = new ArrayList<>();
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            for (int i = 0; i < PICTURES; i++) {
                List<float[]> regions = new ArrayList<>();
                for (int r = 0; r < REGIONS; r++) {
                    regions.add(unit(random));
                }
                all.add(regions);
                writer.put(record(i), Map.of("fingerprint", unit(random)), Map.of("fingerprint", regions));
            }
            writer.commit();
        }
        return all;
    }

    @Test
    void aPictureFoundByItsOwnVectorScoresItsBestRegionMatchWithAnyQueryVector() throws Exception {
        Random random = new Random(9);
        float[][] own = new float[PICTURES][];
        List<List<float[]>> regions = new ArrayList<>();
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            for (int i = 0; i < PICTURES; i++) {
                own[i] = unit(random);
                List<float[]> windows = new ArrayList<>();
                for (int r = 0; r < REGIONS; r++) {
                    windows.add(unit(random));
                }
                regions.add(windows);
                writer.put(record(i), Map.of("fingerprint", own[i]), Map.of("fingerprint", windows));
            }
            writer.commit();
        }
        float[] likeThePicture = own[7].clone();
        for (int i = 0; i < 20; i++) {
            likeThePicture[i] += 0.2f * (float) random.nextGaussian();
        }
        double byItsVector = Similarity.percentFromCosine(cosine(likeThePicture, own[7]));
        // the second query vector is the picture's window 5 itself: no graph search of the regions is made
        // with it (only the first query vector searches the regions), yet it decides the picture's score
        List<float[]> queries = List.of(likeThePicture, regions.get(7).get(5));
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            List<SearchHit> hits = searcher.similarToAny("fingerprint", queries, 5, 0, SearchFilter.NONE);
            assertEquals("h7", hits.get(0).hash());
            assertTrue(byItsVector < 99, "the picture's own vector alone is a weaker match: " + byItsVector);
            assertTrue(hits.get(0).similarity() >= 99.5, "scored by its window matching the query's second vector: " + hits.get(0).similarity());
        }
    }

    @Test
    void aPictureWithItsRegionsTakesUnderTenKilobytes() throws Exception {
        build();
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        // as floats the 27 regions alone were 27 x 227 x 4 = 24.5 KB a picture; as bytes 6.1 KB, plus the
        // picture's own float vector (0.9 KB) and the graphs, larger for random vectors than for real ones
        assertTrue(bytes / PICTURES < 10 * 1024, bytes / PICTURES + " bytes a picture");
    }

    @Test
    void regionsReadBackAsNearlyTheirFloatsAndAgainAsTheSameBytes() throws Exception {
        List<List<float[]>> stored = build();
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            List<float[]> regions = searcher.regions("h7").get("fingerprint");
            assertEquals(REGIONS, regions.size());
            for (int r = 0; r < REGIONS; r++) {
                assertTrue(cosine(stored.get(7).get(r), regions.get(r)) > 0.9995, "region " + r);
                // what a re-put (a tag, a moved file) writes again is what was stored
                assertArrayEquals(ByteVectors.of(regions.get(r)), ByteVectors.of(stored.get(7).get(r)));
            }
        }
    }

    @Test
    void eachRegionFindsItsPictureFirstWithTheFloatsSimilarity() throws Exception {
        List<List<float[]>> stored = build();
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            int first = 0;
            for (int i = 0; i < PICTURES; i += 5) {
                float[] query = stored.get(i).get(i % REGIONS);
                List<SearchHit> hits = searcher.similarToAny("fingerprint", List.of(query), 5, 0, SearchFilter.NONE);
                if (hits.get(0).hash().equals("h" + i)) {
                    first++;
                    assertTrue(hits.get(0).similarity() >= 99.5, hits.get(0).similarity() + " % for the region itself");
                }
            }
            assertEquals(PICTURES / 5, first, "regions that found their picture first");
        }
    }
}
