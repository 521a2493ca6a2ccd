package dev.scry.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageRecord;
import dev.scry.index.LucenePictureIndex;
import dev.scry.index.PictureIndex;
import dev.scry.index.QueryLanguage;
import dev.scry.index.QuerySyntaxException;
import dev.scry.index.ResultOrder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.SearchQuery;
import dev.scry.index.VectorStorage;
import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchTestCluster;

/**
 * The query language's filters and orders on an OpenSearch index find what they find on the embedded index: the same
 * generated pictures (folders, formats, sizes, dimensions, dates, cameras, tags, metadata, words read) go into both, and
 * every filter below, alone, with {@code sort:}, with words and inside a picture query, gives the same pictures on both,
 * which are also the pictures a brute-force check of the records lets through.
 */
@ExtendWith(OpenSearchClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameFilteredResultsTest {
    private static final String ENCODER = "test.enc";
    private static final int DIMENSION = 8;
    private static final int PICTURES = 18;
    private static final Instant MODIFIED = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant TAKEN = Instant.parse("2018-06-01T00:00:00Z");
    private static final List<String> SORTS = List.of("sort:-size", "sort:name", "sort:-name", "sort:taken", "sort:-width", "sort:height",
            "sort:modified", "sort:-taken");

    @TempDir
    static Path temp;
    private final Cluster cluster;
    private final List<ImageRecord> records = new ArrayList<>();
    private final Map<String, float[]> vectors = new LinkedHashMap<>();
    private PictureIndex embedded;
    private PictureIndex remote;

    SameFilteredResultsTest(OpenSearchTestCluster testCluster) {
        this.cluster = Cluster.at(testCluster.urls());
    }

    /** Each filter and the records it must let through. */
    private static Map<String, Predicate<ImageRecord>> filters() {
        Map<String, Predicate<ImageRecord>> filters = new LinkedHashMap<>();
        filters.put("folder:Trip", r -> r.path().toString().contains("/Trip/"));
        filters.put("folder:/lib/Home", r -> r.path().startsWith("/lib/Home"));
        filters.put("tag:cat", r -> r.tags().contains("cat"));
        filters.put("tag:beach", r -> r.tags().contains("Beach"));
        filters.put("-tag:cat format:png", r -> !r.tags().contains("cat") && r.format() == ImageFormat.PNG);
        filters.put("format:jpg OR format:webp", r -> r.format() == ImageFormat.JPEG || r.format() == ImageFormat.WEBP);
        filters.put("size:>1MB", r -> r.size() > 1_000_000);
        filters.put("size:100k..1MB", r -> r.size() >= 100_000 && r.size() <= 1_000_000);
        filters.put("width:>=1200 height:<700", r -> r.width() >= 1200 && r.height() < 700);
        filters.put("taken:2019", r -> r.date().toString().startsWith("2019"));
        filters.put("modified:>=2020-06", r -> r.locations().get(0).modified() >= Instant.parse("2020-06-01T00:00:00Z").toEpochMilli());
        filters.put("added:<7d", r -> true);
        filters.put("camera:canon", r -> r.camera().orElse("").startsWith("Canon"));
        filters.put("ocr:invoice", r -> r.ocrText().contains("Invoice"));
        filters.put("album:alps OR album:coast", r -> r.meta().containsKey("album"));
        filters.put("(folder:Home OR folder:Work) -format:png", r -> !r.path().toString().contains("/Trip/") && r.format() != ImageFormat.PNG);
        filters.put("name:IMG_1004", r -> r.path().getFileName().toString().startsWith("IMG_1004."));
        filters.put("path:scans", r -> r.path().toString().contains("/scans/"));
        filters.put("source:pixiv -(tag:cat OR tag:dog)", r -> r.meta().containsKey("source") && r.tags().isEmpty());
        filters.put("\"total due\"", r -> r.ocrText().contains("total due"));
        filters.put("ocr:\"0x80070005 total\"", r -> r.ocrText().contains("0x80070005 total"));
        return filters;
    }

    @BeforeAll
    void fill() throws IOException {
        embedded = LucenePictureIndex.open(temp.resolve("embedded"), VectorStorage.FLOAT32);
        remote = OpenSearchPictureIndex.open(cluster, "same-filters", 2, 1);
        Random random = new Random(18);
        String[] folders = { "/lib/Trip/2024", "/lib/Home", "/lib/Work/scans" };
        ImageFormat[] formats = { ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.WEBP, ImageFormat.JPEG };
        for (int i = 0; i < PICTURES; i++) {
            ImageFormat format = formats[i % 4];
            Path path = Path.of(folders[i % 3], "IMG_" + (1000 + i) + "." + (format == ImageFormat.JPEG ? "jpg" : format.id()));
            Optional<String> camera = i % 5 == 0 ? Optional.of("Canon EOS 5D") : i % 5 == 1 ? Optional.of("NIKON D750") : Optional.empty();
            List<String> tags = i % 4 == 0 ? List.of("cat") : i % 4 == 1 ? List.of("dog", "Beach") : List.of();
            Map<String, List<String>> meta = new LinkedHashMap<>();
            if (i % 6 == 0 || i % 6 == 3) {
                meta.put("album", List.of(i % 6 == 0 ? "Alps" : "Coast"));
            }
            if (i % 7 == 0 || i % 7 == 2) {
                meta.put("source", List.of("pixiv"));
            }
            ImageRecord record = new ImageRecord(String.format("h%02d", i),
                    List.of(new ImageRecord.Location(path, MODIFIED.plus(41L * i, ChronoUnit.DAYS).toEpochMilli())), 10_000L * (i + 1) * (i + 1),
                    format, 400 + 97 * i, 300 + 31 * (PICTURES - i), i % 2 == 0 ? Optional.of(TAKEN.plus(60L * i, ChronoUnit.DAYS)) : Optional.empty(),
                    camera, 1, "", tags, false, meta);
            if (i % 4 == 2) {
                record = record.withWords("Invoice 0x80070005 total due");
            } else if (i % 4 == 3) {
                record = record.withWords("");
            }
            float[] vector = new float[DIMENSION];
            double norm = 0;
            for (int d = 0; d < DIMENSION; d++) {
                vector[d] = (float) random.nextGaussian();
                norm += vector[d] * vector[d];
            }
            for (int d = 0; d < DIMENSION; d++) {
                vector[d] /= (float) Math.sqrt(norm);
            }
            records.add(record);
            vectors.put(record.hash(), vector);
            embedded.put(record, Map.of(ENCODER, vector), Map.of());
            remote.put(record, Map.of(ENCODER, vector), Map.of());
        }
        embedded.commit();
        remote.commit();
    }

    @AfterAll
    void drop() throws IOException {
        embedded.close();
        remote.close();
        OpenSearchPictureIndex.delete(cluster, "same-filters");
        cluster.close();
    }

    private List<String> expected(Predicate<ImageRecord> passes) {
        return records.stream().filter(passes).map(ImageRecord::hash).toList();
    }

    private static List<String> hashes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::hash).toList();
    }

    private static Set<String> set(List<SearchHit> hits) {
        return new TreeSet<>(hashes(hits));
    }

    @Test
    void aQueryOfFiltersAloneListsTheSamePicturesInTheSameOrder() throws IOException, QuerySyntaxException {
        for (Map.Entry<String, Predicate<ImageRecord>> filter : filters().entrySet()) {
            String text = filter.getKey();
            if (text.startsWith("\"")) {
                continue; // a phrase alone is words to rank by, not a filter-only query
            }
            SearchQuery query = QueryLanguage.parse(text);
            assertFalse(query.hasWords(), text);
            Set<String> wanted = new TreeSet<>(expected(filter.getValue()));
            assertFalse(wanted.isEmpty(), "the pictures are made so that " + text + " finds some");
            // newest added first: pictures added within the same millisecond tie, so these compare as sets
            assertEquals(wanted, set(embedded.matching(query.filter(SearchFilter.NONE), query.order(), 50)), "embedded: " + text);
            assertEquals(wanted, set(remote.matching(query.filter(SearchFilter.NONE), query.order(), 50)), "OpenSearch: " + text);
            for (String sort : SORTS) {
                SearchQuery sorted = QueryLanguage.parse(text + " " + sort);
                List<String> local = hashes(embedded.matching(sorted.filter(SearchFilter.NONE), sorted.order(), 50));
                assertEquals(wanted, new TreeSet<>(local), text + " " + sort);
                assertEquals(local, hashes(remote.matching(sorted.filter(SearchFilter.NONE), sorted.order(), 50)), text + " " + sort);
            }
        }
        SearchQuery newest = QueryLanguage.parse("sort:-modified");
        assertEquals(3, embedded.matching(newest.filter(SearchFilter.NONE), newest.order(), 3).size());
        assertEquals(List.of("h17", "h16", "h15"), hashes(remote.matching(newest.filter(SearchFilter.NONE), newest.order(), 3)));
    }

    @Test
    void filtersNarrowPictureQueriesInsideTheKnnSearch() throws IOException, QuerySyntaxException {
        float[] query = vectors.get("h05").clone();
        query[0] += 0.3f;
        for (Map.Entry<String, Predicate<ImageRecord>> filter : filters().entrySet()) {
            SearchFilter narrowed = QueryLanguage.parse(filter.getKey()).filter(SearchFilter.NONE);
            List<String> nearestFirst = expected(filter.getValue()).stream()
                    .sorted(Comparator.comparingDouble((String h) -> -dot(query, vectors.get(h)))).toList();
            assertEquals(nearestFirst, hashes(embedded.similarToAny(ENCODER, List.of(query), 50, 0, narrowed)), "embedded: " + filter.getKey());
            assertEquals(nearestFirst, hashes(remote.similarToAny(ENCODER, List.of(query), 50, 0, narrowed)), "OpenSearch: " + filter.getKey());
            assertEquals(nearestFirst, hashes(remote.similar(ENCODER, query, 50, 0, narrowed)), "OpenSearch, whole pictures: " + filter.getKey());
            List<SearchHit> found = remote.similarToAny(ENCODER, List.of(query), 50, 0, narrowed);
            for (String sort : SORTS) {
                ResultOrder order = QueryLanguage.parse(sort).order();
                assertEquals(hashes(embedded.ordered(found, order)), hashes(remote.ordered(found, order)), filter.getKey() + " " + sort);
            }
        }
    }

    @Test
    void filtersNarrowWordQueries() throws IOException, QuerySyntaxException {
        for (Map.Entry<String, Predicate<ImageRecord>> filter : filters().entrySet()) {
            String text = "img " + filter.getKey();
            SearchQuery query = QueryLanguage.parse(text);
            SearchFilter narrowed = query.filter(SearchFilter.NONE);
            List<SearchHit> local = embedded.text(query.words(), 50, 0, narrowed);
            List<SearchHit> onCluster = remote.text(query.words(), 50, 0, narrowed);
            assertEquals(new TreeSet<>(expected(filter.getValue())), set(local), "embedded: " + text);
            assertEquals(set(local), set(onCluster), text);
            assertEquals(local.stream().map(SearchHit::similarity).sorted().toList(), onCluster.stream().map(SearchHit::similarity).sorted().toList(),
                    text);
        }
        SearchQuery words = QueryLanguage.parse("invoice beach -folder:Trip");
        List<SearchHit> local = embedded.text(words.words(), 50, 0, words.filter(SearchFilter.NONE));
        assertEquals(local.stream().map(h -> h.hash() + " " + h.similarity()).collect(Collectors.toSet()),
                remote.text(words.words(), 50, 0, words.filter(SearchFilter.NONE)).stream().map(h -> h.hash() + " " + h.similarity())
                        .collect(Collectors.toSet()));
        assertFalse(local.isEmpty());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
