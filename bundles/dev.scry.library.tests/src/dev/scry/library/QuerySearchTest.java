package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.index.QueryLanguage;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.index.SearchQuery;
import dev.scry.testing.TestPictures;

/** Each element of the query language against a library indexed by the real indexer. */
class QuerySearchTest {
    @TempDir
    Path temp;
    private Path pictures;
    private Library library;

    private Path picture(String name, int width, int height, int seed, String format, String modified) throws Exception {
        Path file = TestPictures.write(TestPictures.draw(width, height, seed), format, pictures.resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(LocalDate.parse(modified).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        return file;
    }

    @BeforeEach
    void indexFourPictures() throws Exception {
        pictures = temp.resolve("pictures");
        Files.createDirectories(pictures.resolve("Trip"));
        Files.createDirectories(pictures.resolve("home"));
        picture("Trip/beach sunset.png", 400, 300, 1, "png", "2020-03-01");
        picture("Trip/IMG_0002.jpg", 1920, 1080, 2, "jpeg", "2021-05-10");
        picture("home/cat.png", 200, 150, 3, "png", "2024-06-12");
        picture("home/big.bmp", 2000, 1500, 4, "bmp", "2023-01-20");
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        library = catalog.addPictureFolders(catalog.create("q"), List.of(pictures));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog, new NullProgressMonitor());
    }

    private List<String> search(String query) throws Exception {
        SearchQuery parsed = QueryLanguage.parse(query);
        return names(QuerySearch.search(library, parsed, Optional.empty(), 10, 0, SearchFilter.NONE));
    }

    private Set<String> found(String query) throws Exception {
        return Set.copyOf(search(query));
    }

    private List<String> names(List<SearchHit> hits) {
        return hits.stream().map(h -> pictures.toAbsolutePath().relativize(h.path()).toString()).toList();
    }

    @Test
    void fields() throws Exception {
        assertEquals(Set.of("Trip/beach sunset.png", "home/cat.png"), found("format:png"));
        assertEquals(Set.of("Trip/IMG_0002.jpg"), found("format:jpg"), "an extension names its format");
        assertEquals(Set.of("Trip/beach sunset.png", "Trip/IMG_0002.jpg"), found("folder:trip"));
        assertEquals(Set.of("home/cat.png", "home/big.bmp"), found("folder:" + pictures.resolve("home").toAbsolutePath()));
        assertEquals(Set.of("Trip/beach sunset.png"), found("name:sunset"));
        assertEquals(Set.of("home/cat.png", "home/big.bmp"), found("path:home"));
        assertEquals(Set.of("Trip/IMG_0002.jpg"), found("name:img_0002"));
    }

    @Test
    void ranges() throws Exception {
        assertEquals(Set.of("Trip/IMG_0002.jpg", "home/big.bmp"), found("width:>=1920"));
        assertEquals(Set.of("home/cat.png"), found("height:<300"));
        assertEquals(Set.of("Trip/beach sunset.png", "home/cat.png"), found("height:150..300"));
        Set<String> overTwoMegabytes;
        try (var files = Files.walk(pictures)) {
            overTwoMegabytes = files.filter(Files::isRegularFile).filter(f -> f.toFile().length() > 2_000_000)
                    .map(f -> pictures.relativize(f).toString()).collect(Collectors.toSet());
        }
        assertTrue(overTwoMegabytes.contains("home/big.bmp"));
        assertEquals(overTwoMegabytes, found("size:>2MB"));
        assertEquals(Set.of("Trip/beach sunset.png", "Trip/IMG_0002.jpg"), found("taken:2020-01..2021-06"), "taken, else modified");
        assertEquals(Set.of("home/cat.png"), found("taken:2024-06"));
        assertEquals(Set.of("home/cat.png", "home/big.bmp"), found("modified:>=2023"));
        assertEquals(4, found("added:<1d").size(), "all were added just now");
        assertEquals(Set.of(), found("added:>1d"));
    }

    @Test
    void phrasesNegationsAndOr() throws Exception {
        assertEquals(Set.of("Trip/beach sunset.png"), found("\"beach sunset\""));
        assertEquals(Set.of(), found("\"sunset beach\""));
        assertEquals(Set.of("Trip/IMG_0002.jpg", "home/big.bmp"), found("-format:png"));
        assertEquals(Set.of("Trip/beach sunset.png", "home/big.bmp"), found("name:sunset OR name:big"));
        assertEquals(Set.of("home/big.bmp"), found("(format:png OR format:bmp) folder:home -name:cat"));
        assertEquals(Set.of("Trip/beach sunset.png", "home/cat.png"), found("sunset OR cat"), "words joined by OR are words");
        assertEquals(Set.of("home/cat.png"), found("sunset OR cat folder:home"), "the words rank, the field filters");
    }

    @Test
    void sorting() throws Exception {
        assertEquals(List.of("Trip/beach sunset.png", "home/big.bmp", "home/cat.png", "Trip/IMG_0002.jpg"), search("sort:name"));
        assertEquals(List.of("Trip/beach sunset.png", "Trip/IMG_0002.jpg", "home/big.bmp", "home/cat.png"), search("sort:taken"));
        assertEquals(List.of("home/cat.png", "home/big.bmp", "Trip/IMG_0002.jpg", "Trip/beach sunset.png"), search("sort:-taken"));
        assertEquals(List.of("home/big.bmp", "Trip/IMG_0002.jpg"), search("-format:png sort:-size"));
        assertEquals(List.of("home/cat.png", "Trip/beach sunset.png"), search("sunset OR cat sort:-taken"), "words found, then ordered");
        assertEquals(List.of("Trip/IMG_0002.jpg", "home/big.bmp"), search("width:>1000 sort:width"));
    }

    @Test
    void withAPictureEverythingButTheWordsFiltersInsideTheVectorSearch() throws Exception {
        Path query = TestPictures.write(TestPictures.draw(400, 300, 1), "png", temp.resolve("query.png"));
        LibrarySearch search = new LibrarySearch(new FingerprintEncoder());
        List<SearchHit> all = search.similarTo(library, query, 1, 0, SearchFilter.NONE);
        assertEquals(List.of("Trip/beach sunset.png"), names(all), "the nearest is in Trip");
        SearchQuery home = QueryLanguage.parse("folder:home sort:name");
        List<SearchHit> inHome = QuerySearch.ordered(library, search.similarTo(library, query, 2, 0, home.filter(SearchFilter.NONE)),
                home.order());
        assertEquals(List.of("home/big.bmp", "home/cat.png"), names(inHome), "two asked, two found among those that pass the filter");
    }
}
