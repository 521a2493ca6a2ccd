package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/**
 * Words the recogniser glued ("Donotfeedtheducks") are found by a typed word, below pictures that have the
 * word whole; short words are not found inside runs; metadata is found by its field and by plain words.
 */
class WordsInsideRunsTest {
    @TempDir
    Path folder;

    private static ImageRecord record(String hash, String ocr) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/p/" + hash + ".png"), 1_700_000_000_000L)), 1234,
                ImageFormat.PNG, 640, 480, Optional.empty(), Optional.empty(), 1, ocr);
    }

    @BeforeEach
    void index() throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("invoice", "Invoicetotal1,284.50EUR\nPaidwithcard"), Map.of("fingerprint", new float[] { 1, 0, 0 }));
            writer.put(record("sign", "Donotfeedtheducks"), Map.of("fingerprint", new float[] { 0, 1, 0 }));
            writer.put(record("slide", "DeadlineFriday"), Map.of("fingerprint", new float[] { 0, 0, 1 }));
            writer.put(record("memo", "The deadline is on Friday"), Map.of("fingerprint", new float[] { 1, 1, 0 }));
            writer.put(record("station", "上海虹桥站"), Map.of("fingerprint", new float[] { 0, 1, 1 }));
            writer.put(record("album", "").withMeta(Map.of("album", List.of("Trip Lisbon"), "source", List.of("pixiv")), Optional.empty()),
                    Map.of("fingerprint", new float[] { 1, 0, 1 }));
            writer.commit();
        }
    }

    private List<SearchHit> search(String text) throws Exception {
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            return searcher.text(text, 10, 0, SearchFilter.NONE);
        }
    }

    private List<String> hashes(String text) throws Exception {
        return search(text).stream().map(SearchHit::hash).toList();
    }

    @Test
    void aTypedWordIsFoundInsideAGluedRun() throws Exception {
        assertEquals(List.of("sign"), hashes("ducks"));
        assertEquals(List.of("sign"), hashes("feed"));
        assertEquals(List.of("invoice"), hashes("total"));
        assertEquals(List.of("invoice"), hashes("EUR"));
        assertEquals(List.of("invoice"), hashes("card"));
        List<SearchHit> both = search("total ducks");
        assertEquals(List.of("invoice", "sign"), both.stream().map(SearchHit::hash).sorted().toList());
        both.forEach(hit -> assertEquals(50.0, hit.similarity(), 0.01, "one word of two: " + hit));
    }

    @Test
    void theWholeWordRanksAboveTheWordInsideARun() throws Exception {
        List<SearchHit> hits = search("Friday");
        assertEquals(List.of("memo", "slide"), hits.stream().map(SearchHit::hash).toList());
        assertEquals(100.0, hits.get(1).similarity(), 0.01, "a word found inside a run still counts as found");
        assertEquals(List.of("memo", "slide"), hashes("deadline friday"));
    }

    @Test
    void aWordShorterThanThreeLettersIsNotFoundInsideRuns() throws Exception {
        assertEquals(List.of(), hashes("do"));
        assertEquals(List.of("memo"), hashes("is"));
        assertEquals(List.of("memo"), hashes("on"));
    }

    @Test
    void theMatchedWordsIncludeThoseFoundInsideRuns() throws Exception {
        SearchHit hit = search("ducks swans").get(0);
        assertEquals("sign", hit.hash());
        assertEquals(List.of("ducks"), hit.words());
    }

    @Test
    void chineseIsFoundAsBefore() throws Exception {
        assertEquals(List.of("station"), hashes("虹桥"));
        assertEquals(List.of("station"), hashes("上海虹桥"));
        assertEquals(List.of(), hashes("北京"));
    }

    @Test
    void metadataIsFoundByItsFieldAndByPlainWords() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(1, searcher.count(new TermQuery(new Term(IndexSchema.metaField("album"), "trip lisbon"))));
            assertEquals(1, searcher.count(new TermQuery(new Term(IndexSchema.metaField("source"), "pixiv"))));
            assertEquals(0, searcher.count(new TermQuery(new Term(IndexSchema.metaField("album"), "trip"))));
        }
        assertEquals(List.of("album"), hashes("lisbon"));
        assertEquals(List.of("album"), hashes("pixiv"));
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(Map.of("album", List.of("Trip Lisbon"), "source", List.of("pixiv")), searcher.find("album").orElseThrow().meta());
        }
    }

    @Test
    void aBadMetadataKeyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndexSchema.metaField("Album Name"));
        assertTrue(e.getMessage().contains("Album Name"), e.getMessage());
        assertEquals("meta.album", IndexSchema.metaField("album"));
    }
}
