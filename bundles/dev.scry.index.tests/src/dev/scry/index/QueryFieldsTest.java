package dev.scry.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;

/** The fields of the query language against a real index: tags, camera, words in pictures, metadata, the time added. */
class QueryFieldsTest {
    @TempDir
    Path folder;

    private static ImageRecord record(String hash, String file, String camera, String ocr, List<String> tags) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/photos", file), 1_000)), 1000, ImageFormat.JPEG, 800,
                600, Optional.empty(), Optional.ofNullable(camera), 1, ocr, tags);
    }

    private Set<String> found(String query) throws Exception {
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            SearchQuery parsed = QueryLanguage.parse(query);
            List<SearchHit> hits = parsed.hasWords() ? searcher.text(parsed.words(), 10, 0, parsed.filter(SearchFilter.NONE))
                    : searcher.matching(parsed.filter(SearchFilter.NONE), parsed.order(), 10);
            return hits.stream().map(SearchHit::hash).collect(Collectors.toSet());
        }
    }

    @Test
    void tagsCameraAndWordsInPicturesHaveFieldsOfTheirOwn() throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("a", "a.jpg", "Canon EOS 5D", "Invoice total", List.of("Cat", "holiday")), Map.of());
            writer.put(record("b", "canon.jpg", "NIKON D750", "cat food", List.of("dog")), Map.of());
            writer.commit();
        }
        assertEquals(Set.of("a"), found("tag:cat"), "tags match whatever their case, not words elsewhere");
        assertEquals(Set.of("b"), found("ocr:cat"));
        assertEquals(Set.of("a", "b"), found("cat"));
        assertEquals(Set.of("a"), found("camera:canon"), "not the file named canon");
        assertEquals(Set.of("b"), found("camera:\"nikon d750\""));
        assertEquals(Set.of("b"), found("-tag:holiday"));
        assertEquals(Set.of("a"), found("ocr:\"invoice total\""));
        assertEquals(Set.of(), found("ocr:\"total invoice\""), "a phrase keeps its order");
        assertEquals(Set.of("a", "b"), found("tag:dog OR camera:canon"));
    }

    @Test
    void anyOtherKeyIsAMetadataField() throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("a", "a.jpg", null, "", List.of()), Map.of());
            writer.commit();
        }
        // A picture whose metadata another part of Scry wrote: album=Trip, tag=sea, as the shared convention says.
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
            Document doc = IndexSchema.document(record("m", "m.jpg", null, "", List.of()), Map.of());
            doc.add(new StringField(IndexSchema.metaField("album"), "trip", Field.Store.NO));
            doc.add(new StoredField(IndexSchema.metaField("album"), "Trip"));
            doc.add(new StringField(IndexSchema.metaField("tag"), "sea", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
        }
        assertEquals(Set.of("m"), found("album:Trip"));
        assertEquals(Set.of("m"), found("tag:Sea"));
        assertEquals(Set.of(), found("album:home"));
        assertEquals(Set.of("a"), found("-album:trip"));
    }

    @Test
    void aPictureWrittenAgainKeepsTheTimeItWasFirstAdded() throws Exception {
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            writer.put(record("a", "a.jpg", null, "", List.of()), Map.of());
            writer.commit();
        }
        long first = added("a");
        assertEquals(Set.of("a"), found("added:<1h"));
        assertEquals(Set.of(), found("added:>1d"));
        try (ImageIndexWriter writer = ImageIndexWriter.open(folder)) {
            while (System.currentTimeMillis() == first) {
                Thread.onSpinWait(); // so that a new time would differ
            }
            writer.put(record("a", "a.jpg", null, "", List.of("later")), Map.of());
            writer.put(record("b", "b.jpg", null, "", List.of()), Map.of());
            writer.commit();
        }
        assertEquals(first, added("a"), "tagged later, still added when it was");
        assertEquals(true, added("b") > first);
        try (ImageSearcher searcher = ImageSearcher.open(folder)) {
            assertEquals(List.of("b", "a"), searcher.matching(SearchFilter.NONE, QueryLanguage.parse("sort:-added").order(), 10)
                    .stream().map(SearchHit::hash).toList());
            assertEquals(List.of("a", "b"), searcher.matching(SearchFilter.NONE, QueryLanguage.parse("sort:added").order(), 10)
                    .stream().map(SearchHit::hash).toList());
        }
        assertEquals(true, Instant.ofEpochMilli(first).isAfter(Instant.now().minusSeconds(3600)));
    }

    private long added(String hash) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int doc = searcher.search(new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexSchema.HASH, hash)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.PICTURE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build(), 1).scoreDocs[0].doc;
            return searcher.storedFields().document(doc).getField(IndexSchema.ADDED).numericValue().longValue();
        }
    }
}
