package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.index.ImageIndexWriter;
import dev.scry.testing.TestPictures;

/** The command line as scripts use it: output, JSON and exit codes, on a real library in a temp home. */
class ScryCommandTest {
    @TempDir
    Path temp;

    private CommandLineSession cli;
    private Path pictures;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CommandLineSession(temp.resolve("home"));
        pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 5; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", pictures.resolve("pic" + i + ".png"));
        }
    }

    @Test
    void addThenSearchFindsThePictureFirstAsJson() {
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
        assertTrue(cli.out().contains("default: indexed 5 pictures"), cli.out());
        Path query = pictures.resolve("pic2.png");
        assertEquals(0, cli.scry("search", "-n", "2", "--json", query.toString()), cli.err());
        String line = cli.out().strip();
        assertFalse(line.contains("\n"), "one line per query: " + line);
        assertTrue(line.startsWith("{\"query\": \"" + query + "\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \""
                + query.toAbsolutePath() + "\", \"similarity\": 100.0}, {\"rank\": 2, "), line);
    }

    @Test
    void batchSearchPrintsOneLinePerQueryInOrder() {
        cli.scry("add", pictures.toString());
        assertEquals(0, cli.scry("search", "--json", pictures.resolve("pic1.png").toString(), pictures.resolve("pic4.png").toString()));
        String[] lines = cli.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("pic1.png\", \"kind\""));
        assertTrue(lines[1].contains("pic4.png\", \"kind\""));
    }

    @Test
    void textThatIsNotAFileSearchesNamesAndPaths() {
        cli.scry("add", pictures.toString());
        assertEquals(0, cli.scry("search", "--json", "pic3"));
        assertTrue(cli.out().startsWith("{\"query\": \"pic3\", \"kind\": \"text\", \"hits\": [{\"rank\": 1, \"path\": \""
                + pictures.resolve("pic3.png").toAbsolutePath() + "\", \"similarity\": 100.0}]}"), cli.out());
        assertEquals(0, cli.scry("search", "--json", "--text", "nothing-like-this"));
        assertTrue(cli.out().contains("\"hits\": []"), cli.out());
    }

    @Test
    void libCreateListAndInfo() {
        assertEquals(0, cli.scry("lib", "create", "相册"));
        assertEquals(1, cli.scry("lib", "create", "相册"));
        assertTrue(cli.err().contains("already exists"), cli.err());
        assertEquals(0, cli.scry("-l", "相册", "add", pictures.resolve("pic0.png").toString()));
        assertEquals(0, cli.scry("lib", "list", "--json"));
        assertEquals("{\"name\": \"相册\", \"images\": 1, \"files\": 1}", cli.out().strip());
        assertEquals(0, cli.scry("-l", "相册", "lib", "info"));
        assertTrue(cli.out().contains("pictures:  1 (1 file)"), cli.out());
    }

    @Test
    void exitCodesFollowTheContract() {
        assertEquals(4, cli.scry("-l", "missing", "lib", "info"));
        assertEquals("scry: no library called missing\n", cli.err());
        assertEquals(2, cli.scry("lib", "create", "../escape"));
        assertEquals(2, cli.scry("search", "-n"));
        assertEquals(4, cli.scry("add", temp.resolve("nowhere").toString()));
        cli.scry("add", pictures.toString());
        assertEquals(4, cli.scry("search", "--image", temp.resolve("nowhere.png").toString()));
    }

    @Test
    void aBadPictureIsNamedAndTheRestIsIndexed() throws Exception {
        Files.writeString(pictures.resolve("bad.png"), "not a png");
        assertEquals(0, cli.scry("add", pictures.toString()));
        assertTrue(cli.err().contains(pictures.resolve("bad.png").toAbsolutePath() + ": not a picture"), cli.err());
        assertTrue(cli.out().contains("indexed 5 pictures"), cli.out());
    }

    @Test
    void aLibraryInUseGetsExitCodeThree() throws Exception {
        cli.scry("lib", "create", "default");
        Path settings = temp.resolve("home/libraries/default/library.properties");
        byte[] before = Files.readAllBytes(settings);
        try (ImageIndexWriter writer = ImageIndexWriter.open(temp.resolve("home/libraries/default/index"))) {
            assertEquals(3, cli.scry("add", pictures.toString()));
            assertEquals("scry: library default is in use\n", cli.err());
        }
        assertArrayEquals(before, Files.readAllBytes(settings), "a refused add leaves the library's folders as they were");
        assertEquals(0, cli.scry("sync"), cli.err());
        assertTrue(cli.out().contains("indexed 0 pictures"), cli.out());
    }

    @Test
    void syncFollowsMovesAndDeletions() throws Exception {
        assertEquals(0, cli.scry("add", pictures.toString()));
        Files.move(pictures.resolve("pic1.png"), pictures.resolve("moved.png"));
        Files.delete(pictures.resolve("pic2.png"));
        assertEquals(0, cli.scry("sync"), cli.err());
        assertTrue(cli.out().contains("default: indexed 0 pictures, 3 unchanged, 1 moved, 1 removed, 0 other files skipped, 0 problems\n"), cli.out());
        assertEquals(0, cli.scry("lib", "info", "--json"));
        assertTrue(cli.out().contains("\"images\": 4, \"files\": 4"), cli.out());
        assertTrue(cli.out().contains("\"encoders\": [\"fingerprint\"]"), cli.out());
    }

    @Test
    void exportGivesOneRowPerFile() throws Exception {
        Files.copy(pictures.resolve("pic0.png"), pictures.resolve("same-as-pic0.png"));
        cli.scry("add", pictures.toString());
        assertEquals(0, cli.scry("export"));
        String[] rows = cli.out().strip().split("\r\n");
        assertEquals("path,hash,size,modified,format,width,height,taken,camera,orientation,copies,tags,text,meta", rows[0]);
        assertEquals(7, rows.length, "header and six files: " + cli.out());
        assertTrue(rows[1].startsWith(pictures.resolve("pic0.png").toAbsolutePath() + ","), rows[1]);
        assertTrue(rows[1].endsWith(",png,200,150,,,1,2,[],,{}"), rows[1]);
        assertEquals(0, cli.scry("export", "--json"));
        String first = cli.out().strip().split("\n")[0];
        assertTrue(first.startsWith("{\"path\": \"" + pictures.resolve("pic0.png").toAbsolutePath() + "\", \"hash\": \""), first);
        assertTrue(first.endsWith("\"format\": \"png\", \"width\": 200, \"height\": 150, \"taken\": null, \"camera\": null,"
                + " \"orientation\": 1, \"copies\": 2, \"tags\": [], \"text\": null, \"meta\": {}}"), first);
        assertEquals(2, cli.scry("export", "--json", "--csv"), "the two formats exclude each other");
    }

    @Test
    void cmpAndDupes() throws Exception {
        Files.copy(pictures.resolve("pic0.png"), pictures.resolve("again.png"));
        assertEquals(0, cli.scry("cmp", "--json", pictures.resolve("pic0.png").toString(), pictures.resolve("again.png").toString()));
        assertEquals("{\"similarity\": 100.0}\n", cli.out());
        assertEquals(0, cli.scry("cmp", pictures.resolve("pic0.png").toString(), pictures.resolve("pic3.png").toString()));
        assertTrue(cli.out().matches("Similarity between images: \\d+\\.\\d%\n")
                && Double.parseDouble(cli.out().strip().replaceAll("[^0-9.]", "")) < 90, cli.out());
        assertEquals(4, cli.scry("cmp", pictures.resolve("pic0.png").toString(), temp.resolve("missing.png").toString()));
        cli.scry("add", pictures.toString());
        assertEquals(0, cli.scry("dupes", "--json"));
        assertTrue(cli.out().startsWith("{\"group\": 1, \"kind\": \"exact\", \"pictures\": [{\"path\": "), cli.out());
        assertEquals(1, cli.out().strip().split("\n").length, cli.out());
    }

    @Test
    void libRenameClearAndRemove() {
        cli.scry("add", pictures.toString());
        assertEquals(0, cli.scry("lib", "rename", "default", "renamed"));
        assertEquals(4, cli.scry("lib", "info"));
        assertEquals(0, cli.scry("-l", "renamed", "lib", "clear", "--yes"));
        assertEquals(0, cli.scry("lib", "list", "--json"));
        assertEquals("{\"name\": \"renamed\", \"images\": 0, \"files\": 0}", cli.out().strip());
        assertEquals(0, cli.scry("-l", "renamed", "sync"));
        assertTrue(cli.out().contains("indexed 5 pictures"), cli.out());
        assertEquals(0, cli.scry("lib", "remove", "--yes", "renamed"));
        assertEquals(4, cli.scry("lib", "remove", "--yes", "renamed"));
        assertTrue(Files.exists(pictures.resolve("pic0.png")));
    }

    @Test
    void searchFilters() throws Exception {
        TestPictures.write(TestPictures.draw(200, 150, 0), "jpg", pictures.resolve("pic0.jpg"));
        cli.scry("add", pictures.toString());
        String query = pictures.resolve("pic0.png").toString();
        assertEquals(0, cli.scry("search", "--json", "--format", "jpeg", query));
        assertTrue(cli.out().contains("pic0.jpg") && !cli.out().contains(".png\", \"similarity"), cli.out());
        assertEquals(0, cli.scry("search", "--json", "--folder", temp.resolve("elsewhere").toString(), query));
        assertTrue(cli.out().contains("\"hits\": []"), cli.out());
        assertEquals(0, cli.scry("search", "--json", "--from", "2000-01-01", "--to", "2999-12-31", query));
        assertTrue(cli.out().contains("\"rank\": 6"), cli.out());
        assertEquals(0, cli.scry("search", "--json", "--to", "2000-01-01", query));
        assertTrue(cli.out().contains("\"hits\": []"), cli.out());
        assertEquals(2, cli.scry("search", "--format", "psd", query));
        assertEquals(2, cli.scry("search", "--from", "yesterday", query));
    }

    @Test
    void aRegionOfTheQueryFindsThePictureItWasCutFrom() throws Exception {
        cli.scry("add", pictures.toString());
        java.awt.image.BufferedImage big = TestPictures.draw(900, 600, 77);
        Path whole = TestPictures.write(big, "png", temp.resolve("collage.png"));
        java.awt.image.BufferedImage collage = new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = collage.createGraphics();
        g.drawImage(big, 0, 0, null);
        g.drawImage(javax.imageio.ImageIO.read(pictures.resolve("pic3.png").toFile()), 500, 300, 400, 300, null);
        g.dispose();
        TestPictures.write(collage, "png", whole);
        assertEquals(0, cli.scry("search", "--json", "-n", "1", "--region", "500,300,400,300", whole.toString()), cli.err());
        assertTrue(cli.out().contains(pictures.resolve("pic3.png").toAbsolutePath() + "\""), cli.out());
        assertEquals(2, cli.scry("search", "--region", "1,2,3", whole.toString()));
        assertEquals(2, cli.scry("search", "--region", "5000,5000,10,10", whole.toString()));
        assertTrue(cli.err().contains("outside the picture"), cli.err());
    }

    @Test
    void tagsAreWordsThatFindThePicture() {
        cli.scry("add", pictures.toString());
        Path picture = pictures.resolve("pic2.png");
        assertEquals(0, cli.scry("tag", picture.toString(), "生日", "grandma"));
        assertEquals("生日, grandma\n", cli.out());
        assertEquals(0, cli.scry("search", "--json", "生日"));
        assertTrue(cli.out().contains(picture.toAbsolutePath() + "\", \"similarity\": 100.0"), cli.out());
        assertEquals(0, cli.scry("tag", "--remove", picture.toString(), "生日"));
        assertEquals("grandma\n", cli.out());
        assertEquals(0, cli.scry("search", "--json", "生日"));
        assertTrue(cli.out().contains("\"hits\": []"), cli.out());
        assertEquals(4, cli.scry("tag", temp.resolve("elsewhere.png").toString(), "x"));
        assertEquals(0, cli.scry("search", "-n", "1", "--json", picture.toString()), "vectors survive a tag change");
        assertTrue(cli.out().contains(picture.toAbsolutePath() + "\", \"similarity\": 100.0"), cli.out());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, cli.scry("--version"));
        assertTrue(cli.out().startsWith("scry 0.1.0"), cli.out());
        assertEquals(0, cli.scry("--help"));
        assertTrue(cli.out().contains("search") && cli.out().contains("add") && cli.out().contains("lib"), cli.out());
        java.util.Map<String, String[]> usages = java.util.Map.of("Usage: scry add", new String[] { "add", "--help" },
                "Usage: scry lib create", new String[] { "lib", "create", "-h" }, "Usage: scry dupes", new String[] { "help", "dupes" });
        usages.forEach((usage, help) -> {
            assertEquals(0, cli.scry(help), String.join(" ", help) + ": " + cli.err());
            assertTrue(cli.out().startsWith(usage), cli.out());
            assertFalse(cli.err().contains("WARN"), cli.err());
        });
    }

    @Test
    void theLibraryMayBeNamedBeforeOrAfterTheVerb() {
        assertEquals(0, cli.scry("lib", "create", "trips"), cli.err());
        assertEquals(0, cli.scry("add", "--library", "trips", pictures.toString()), cli.err());
        assertTrue(cli.out().contains("trips: indexed 5 pictures"), cli.out());
        assertEquals(0, cli.scry("-l", "trips", "search", "-n", "1", pictures.resolve("pic3.png").toString()), cli.err());
        assertTrue(cli.out().contains("pic3.png"), cli.out());
        assertEquals(4, cli.scry("search", "-l", "nowhere", pictures.resolve("pic3.png").toString()), "an unknown library: " + cli.out());
    }
}
