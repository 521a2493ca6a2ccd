package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Every {@code --json} output, from real runs, is valid against its committed schema in docs/schemas, line by line. */
class JsonOutputSchemaTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("scry.schemas", "docs/schemas"));

    @TempDir
    Path temp;

    private CommandLineSession session;
    private Path pictures;

    @BeforeEach
    void setUp() throws Exception {
        session = new CommandLineSession(temp.resolve("home"));
        pictures = CommandLineSession.pictures(temp.resolve("pictures"), 3);
        Files.copy(pictures.resolve("pic0.png"), pictures.resolve("copy.png"));
        Files.writeString(pictures.resolve("notes.tsv"), "a\tb\n");
        assertEquals(0, session.scry("add", pictures.toString()), session.err());
        assertEquals(0, session.scry("tag", pictures.resolve("pic1.png").toString(), "beach"), session.err());
    }

    /** The lines a run prints, each checked against the schema; returns them. */
    private List<String> valid(String schema, int exit, String... args) throws Exception {
        CommandLineRun run = CommandLineRun.of(session.encoders, temp.resolve("home"), args);
        assertEquals(exit, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty(), String.join(" ", args) + " printed nothing");
        JsonSchema checker = JsonSchema.read(SCHEMAS.resolve(schema));
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            checker.problems(line).forEach(p -> problems.add(line + "\n  " + p));
        }
        assertEquals(List.of(), problems, String.join(" ", args));
        return lines;
    }

    @Test
    void searchLinesFollowTheirSchemaFailedQueriesIncluded() throws Exception {
        List<String> lines = valid("search.json", 4, "search", "--json", pictures.resolve("pic1.png").toString(), "beach",
                temp.resolve("gone.jpg").toString(), pictures.resolve("notes.tsv").toString(), "nothing here");
        assertEquals(5, lines.size());
    }

    @Test
    void aHitFoundThroughARegionSaysWhereItLies() throws Exception {
        java.awt.image.BufferedImage big = dev.scry.testing.TestPictures.draw(600, 400, 7);
        dev.scry.testing.TestPictures.write(big, "png", pictures.resolve("big.png"));
        assertEquals(0, session.scry("sync"), session.err());
        Path crop = dev.scry.testing.TestPictures.write(big.getSubimage(300, 200, 300, 200), "png", temp.resolve("crop.png"));
        String line = valid("search.json", 0, "search", "--json", "-n", "1", crop.toString()).get(0);
        Object hit = ((List<?>) ((java.util.Map<?, ?>) JsonReader.parse(line)).get("hits")).get(0);
        java.util.Map<?, ?> found = (java.util.Map<?, ?>) hit;
        assertTrue(found.get("path").toString().endsWith("big.png"), line);
        java.util.Map<?, ?> region = (java.util.Map<?, ?>) found.get("region");
        assertTrue(region != null, "the crop met one of the picture's regions: " + line);
        double x = ((Number) region.get("x")).doubleValue();
        double y = ((Number) region.get("y")).doubleValue();
        double w = ((Number) region.get("width")).doubleValue();
        double h = ((Number) region.get("height")).doubleValue();
        // the crop is the bottom right quarter: [0.5, 1] x [0.5, 1]
        double common = Math.max(0, Math.min(x + w, 1) - Math.max(x, 0.5)) * Math.max(0, Math.min(y + h, 1) - Math.max(y, 0.5));
        double overlap = common / (w * h + 0.25 - common);
        assertTrue(overlap > 0.8, "the region " + region + " is where the crop was cut (overlap " + overlap + ")");
        String whole = valid("search.json", 0, "search", "--json", "-n", "1", pictures.resolve("big.png").toString()).get(0);
        assertFalse(whole.contains("\"region\""), "the picture itself matched as a whole: " + whole);
    }

    @Test
    void theOtherOutputsFollowTheirSchemas() throws Exception {
        valid("cmp.json", 0, "cmp", "--json", pictures.resolve("pic0.png").toString(), pictures.resolve("pic2.png").toString());
        valid("dupes.json", 0, "dupes", "--json", "-m", "50");
        valid("lib-list.json", 0, "lib", "list", "--json");
        valid("lib-info.json", 0, "lib", "info", "--json");
        valid("models-list.json", 0, "models", "list", "--json");
        valid("embed.json", 0, "embed", "--model", "fingerprint", "--json", pictures.resolve("pic0.png").toString());
    }

    @Test
    void exportLinesFollowTheirSchemaWithMetadata() throws Exception {
        Path album = CommandLineSession.pictures(temp.resolve("album"), 1);
        Path pixiv = Files.move(album.resolve("pic0.png"), album.resolve("12345_67890123_p0.png"));
        assertEquals(0, session.scry("add", "--meta", "album=Lisbon", album.toString()), session.err());
        List<String> lines = valid("export.schema.json", 0, "export", "--json");
        assertEquals(5, lines.size(), String.join("\n", lines)); // pic0..2, copy.png, the Pixiv file (notes.tsv is no picture)
        String line = lines.stream().filter(l -> l.contains(pixiv.getFileName().toString())).findFirst().orElseThrow();
        assertTrue(line.contains("\"album\": [\"Lisbon\"]"), line);
        assertTrue(line.contains("\"source\": [\"pixiv\"]"), line);
    }

    @Test
    void theValidatorRejectsWhatTheSchemasForbid() throws Exception {
        JsonSchema search = JsonSchema.read(SCHEMAS.resolve("search.json"));
        assertEquals(List.of(), search.problems("{\"query\": \"q\", \"kind\": \"text\", \"hits\": []}"));
        assertEquals(List.of("at $: member hits is missing"), search.problems("{\"query\": \"q\", \"kind\": \"text\"}"));
        assertEquals(List.of("at $.kind: \"word\" is not one of [image, text]"),
                search.problems("{\"query\": \"q\", \"kind\": \"word\", \"hits\": []}"));
        assertEquals(List.of("at $.hits[0].similarity: 120.5 is above the maximum 100"), search.problems(
                "{\"query\": \"q\", \"kind\": \"image\", \"hits\": [{\"rank\": 1, \"path\": \"/p.png\", \"similarity\": 120.5}]}"));
        assertEquals(List.of("at $.error: member colour is not in the schema"), search.problems(
                "{\"query\": \"q\", \"kind\": \"image\", \"error\": {\"code\": 4, \"reason\": \"not found\", \"colour\": 1}, \"hits\": []}"));
        assertEquals(List.of("at $.hits[0].rank: 1.5 is not of type integer"), search.problems(
                "{\"query\": \"q\", \"kind\": \"image\", \"hits\": [{\"rank\": 1.5, \"path\": \"/p.png\", \"similarity\": 12}]}"));
        assertFalse(search.problems("{\"query\": \"q\", \"kind\": \"text\", \"hits\": []} trailing").isEmpty());
        JsonSchema odd = JsonSchema.read(Files.writeString(temp.resolve("odd.json"), "{\"type\": \"object\", \"patternProperties\": {}}"));
        assertThrows(IllegalArgumentException.class, () -> odd.problems("{}"), "a keyword the validator does not check");
    }
}
