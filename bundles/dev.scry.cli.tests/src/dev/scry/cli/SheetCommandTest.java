package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.library.ResultSheet;
import dev.scry.testing.TestPictures;

/** {@code scry sheet}: a PNG per query, the query first and then its top pictures where they should be. */
class SheetCommandTest {
    @TempDir
    Path temp;

    private CommandLineSession cli;
    private Path pictures;
    private Path red;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CommandLineSession(temp.resolve("home"));
        pictures = Files.createDirectories(temp.resolve("pictures"));
        for (int i = 0; i < 4; i++) {
            TestPictures.write(TestPictures.draw(200, 150, i), "png", pictures.resolve("pic" + i + ".png"));
        }
        BufferedImage solid = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = solid.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        red = TestPictures.write(solid, "png", pictures.resolve("red.png"));
        assertEquals(0, cli.scry("add", pictures.toString()), cli.err());
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 220 && c.getGreen() < 30 && c.getBlue() < 30;
    }

    @Test
    void oneSheetOfTheQueryAndItsTopPictures() throws Exception {
        Path sheet = temp.resolve("out/red-sheet.png");
        assertEquals(0, cli.scry("sheet", "-n", "2", red.toString(), "-o", sheet.toString()), cli.err());
        assertEquals(sheet + "\n", cli.out());
        BufferedImage image = ImageIO.read(sheet.toFile());
        assertEquals(3 * ResultSheet.CELL, image.getWidth(), "the query and two pictures side by side");
        assertEquals(ResultSheet.CELL + ResultSheet.CAPTION, image.getHeight(), "one row");
        assertEquals(ResultSheet.QUERY_BACKGROUND.getRGB(), image.getRGB(2, 2), "the query's cell is marked");
        assertTrue(isRed(image.getRGB(100, 100)), "the query picture in the first cell");
        assertTrue(isRed(image.getRGB(300, 100)), "the best match (the red picture itself) in the second cell, centred");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(300, 10), "a 3:2 picture leaves the top of its square cell white");
        assertFalse(isRed(image.getRGB(500, 100)), "the second match is another picture");
    }

    @Test
    void aBatchGivesOneSheetPerQueryInAFolder() throws Exception {
        Path folder = temp.resolve("sheets");
        assertEquals(0, cli.scry("sheet", "-n", "7", red.toString(), "pic3", "-o", folder.toString()), cli.err());
        Path first = folder.resolve("1-red.png");
        Path second = folder.resolve("2-pic3.png");
        assertEquals(first + "\n" + second + "\n", cli.out());
        BufferedImage picture = ImageIO.read(first.toFile());
        assertEquals(6 * ResultSheet.CELL, picture.getWidth(), "at most six cells wide");
        assertEquals(1 * (ResultSheet.CELL + ResultSheet.CAPTION), picture.getHeight(), "the query and five pictures: one row");
        assertTrue(isRed(picture.getRGB(300, 100)));
        BufferedImage words = ImageIO.read(second.toFile());
        assertEquals(6 * ResultSheet.CELL, words.getWidth());
        assertEquals(ResultSheet.CELL + ResultSheet.CAPTION, words.getHeight(), "the words and the one picture named pic3");
        assertFalse(isRed(words.getRGB(100, 100)), "words, not a picture, in the query's cell");
    }

    @Test
    void oneFileForSeveralQueriesIsBadUsage() {
        assertEquals(2, cli.scry("sheet", red.toString(), "pic3", "-o", temp.resolve("one.png").toString()));
        assertTrue(cli.err().contains("-o names one file (" + temp.resolve("one.png") + ") but there are 2 queries: name a folder"), cli.err());
        assertFalse(Files.exists(temp.resolve("one.png")));
        assertEquals(2, cli.scry("sheet", red.toString()), "-o is required");
    }

    @Test
    void chineseWordsAreDrawnNotBoxes() throws Exception {
        assertEquals(-1, new Font(Font.SANS_SERIF, Font.PLAIN, 18).canDisplayUpTo("海边的日落"),
                "the logical font SansSerif has a CJK fallback here (fonts-noto-cjk)");
        Path sheet = temp.resolve("zh.png");
        assertEquals(0, cli.scry("sheet", "--text", "海边的日落", "-o", sheet.toString()), cli.err());
        BufferedImage image = ImageIO.read(sheet.toFile());
        int dark = 0;
        for (int y = 60; y < 140; y++) {
            for (int x = 10; x < 190; x++) {
                dark += new Color(image.getRGB(x, y)).getRed() < 100 ? 1 : 0;
            }
        }
        assertTrue(dark > 200, "the words are drawn in the query's cell: " + dark + " dark pixels");
    }
}
