package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/**
 * The nearest pictures of every picture, searched on several threads: each picture in the store's order with
 * the hits one search after the other gives, pictures without the encoder's vector kept apart.
 */
class NeighboursTest {
    private static final int DIMENSION = 64;
    private static final int ORIGINALS = 120;

    @TempDir
    Path folder;

    private static ImageRecord record(String hash) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/p/" + hash + ".jpg"), 1_700_000_000_000L)), 1234,
                ImageFormat.JPEG, 640, 480, Optional.empty(), Optional.empty(), 1, "");
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(sum));
        }
        return u;
    }

    /** Originals with two close copies each (cosine about 0.99), and pictures with another encoder's vector only. */
    private void build() throws Exception {
        Random random = new Random(11);
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            for (int i = 0; i < ORIGINALS; i++) {
                float[] original = new float[DIMENSION];
                for (int d = 0; d < DIMENSION; d++) {
                    original[d] = (float) random.nextGaussian();
                }
                for (int copy = 0; copy < 3; copy++) {
                    float[] v = original.clone();
                    for (int d = 0; d < DIMENSION && copy > 0; d++) {
                        v[d] += (float) (0.1 * random.nextGaussian());
                    }
                    writer.put(record("h" + i + "-" + copy), Map.of("fingerprint", unit(v)), Map.of());
                }
                if (i % 10 == 0) {
                    writer.put(record("other" + i), Map.of("colour", unit(original)), Map.of());
                }
            }
            writer.commit();
        }
    }

    @Test
    void everyPictureComesInTheStoresOrderWithTheHitsOfOneSearchAfterTheOther() throws Exception {
        build();
        try (ImageSearcher store = ImageSearcher.open(folder)) {
            List<ImageRecord> records = store.records();
            List<String> seen = new ArrayList<>();
            int withoutVector = 0;
            try (Neighbours neighbours = new Neighbours(store, "fingerprint", 90, records)) {
                while (neighbours.hasNext()) {
                    Neighbours.Found found = neighbours.next();
                    seen.add(found.hash());
                    float[] vector = store.vectors(found.hash()).get("fingerprint");
                    if (vector == null) {
                        assertNull(found.hits(), found.hash());
                        withoutVector++;
                        continue;
                    }
                    List<String> oneByOne = store.similar("fingerprint", vector, SimilarGroups.NEIGHBOURS, 90, SearchFilter.NONE).stream()
                            .map(SearchHit::hash).toList();
                    assertEquals(oneByOne, found.hits(), found.hash());
                    String original = found.hash().substring(0, found.hash().indexOf('-'));
                    assertTrue(found.hits().containsAll(List.of(original + "-0", original + "-1", original + "-2")), found.hits().toString());
                }
            }
            assertEquals(records.stream().map(ImageRecord::hash).toList(), seen);
            assertEquals(ORIGINALS / 10, withoutVector);
        }
    }

    @Test
    void aStoreThatFailsMidwayStopsTheSearchWithItsError() throws Exception {
        build();
        ImageSearcher store = ImageSearcher.open(folder);
        List<ImageRecord> records = store.records();
        try (Neighbours neighbours = new Neighbours(store, "fingerprint", 90, records)) {
            assertFalse(neighbours.next().hash().isEmpty());
            store.close();
            assertThrows(RuntimeException.class, () -> {
                while (neighbours.hasNext()) {
                    neighbours.next();
                }
            });
        }
    }
}
