package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibrarySearch;
import dev.scry.library.ScryHome;
import dev.scry.testing.TestPictures;
import dev.scry.testing.TextPictures;
import dev.scry.ui.Messages;
import dev.scry.ui.SearchResults;
import dev.scry.ui.widgets.PicturePreview;
import dev.scry.ui.widgets.ThumbnailGrid;

/**
 * The Details view's outlines over its preview, looked at on the screen: the region of a picture that
 * matched a picture query (a crop of it), and, when the user ticks "Show the text boxes", each line of
 * text the OCR reader reads in the picture.
 */
class DetailsMarksTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    /** The screenshots' suffix: "en", or "zh" when the tests run in Chinese. */
    private static final String LANGUAGE = java.util.Locale.getDefault().getLanguage();

    @TempDir
    Path temp;

    @Test
    void theRegionThatMatchedACropIsFramedOnThePicture() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        BufferedImage original = TestPictures.draw(600, 400, 7);
        Path picture = TestPictures.write(original, "png", folder.resolve("original.png"));
        for (int i = 20; i < 26; i++) {
            TestPictures.write(TestPictures.draw(600, 400, i), "png", folder.resolve("other-" + i + ".png"));
        }
        Libraries libraries = libraries();
        Library library = libraries.catalog().addPictureFolders(libraries.catalog().create("crops"), List.of(folder));
        libraries.indexer(library).sync(library, libraries.catalog(), new org.eclipse.core.runtime.NullProgressMonitor());
        java.awt.Rectangle crop = new java.awt.Rectangle(300, 200, 300, 200); // the bottom right quarter
        Path query = TestPictures.write(original.getSubimage(crop.x, crop.y, crop.width, crop.height), "png", temp.resolve("crop.png"));
        ImageEncoder fingerprint = libraries.imageEncoders().stream().filter(e -> e.id().equals(EncoderRegistry.FINGERPRINT))
                .findFirst().orElseThrow();
        List<SearchHit> hits = new LibrarySearch(fingerprint).similarTo(library, query, 5, 0, SearchFilter.NONE);
        assertEquals(picture, hits.get(0).path());
        assertTrue(hits.get(0).region() >= 0, hits.get(0).toString());

        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(workbench.shell(), SWT.HORIZONTAL);
        ResultsPart results = workbench.part(ResultsPart.class, sash);
        DetailsPart details = workbench.part(DetailsPart.class, sash);
        workbench.shell().setBounds(0, 0, 1200, 760);
        workbench.shell().layout(true, true);
        workbench.open();
        results.show(new SearchResults(query.toString(), "crops", hits, 3, null));
        ThumbnailGrid grid = Workbench.find(workbench.shell(), "results", ThumbnailGrid.class);
        workbench.waitUntil("the results shown", 10, () -> grid.getItems().size() == hits.size());
        Rectangle first = grid.cellBounds(0);
        workbench.mouse().click(grid, new Point(first.x + first.width / 2, first.y + first.height / 3));
        workbench.waitUntil("the crop's picture selected", 10, () -> results.selected() != null && results.selected().path().equals(picture));
        assertEquals(hits.get(0).region(), results.selected().region(), "the selection carries the region that matched");
        details.show(results.selected()); // what the e4 selection service hands the Details view in the workbench

        workbench.waitUntil("the matched region framed", 20, () -> details.marks().size() == 1);
        double[] corners = details.marks().get(0).corners();
        java.awt.Rectangle area = fingerprint.regions(original).get(hits.get(0).region()).area();
        assertEquals(area.x / 600.0, corners[0], 0.01, "left");
        assertEquals(area.y / 400.0, corners[1], 0.01, "top");
        assertEquals((area.x + area.width) / 600.0, corners[4], 0.01, "right");
        assertEquals((area.y + area.height) / 400.0, corners[5], 0.01, "bottom");
        assertEquals(Messages.details_regionShown, Workbench.find(workbench.shell(), "detailsMarks", org.eclipse.swt.widgets.Label.class).getText());
        PicturePreview preview = Workbench.find(workbench.shell(), "detailsPreview", PicturePreview.class);
        workbench.waitUntil("the frame drawn", 10, () -> drawnIn(preview, corners, DetailsPart.REGION_COLOUR));
        workbench.waitUntil("the facts shown", 10, () -> "600 \u00d7 400".equals(details.fact(Messages.details_dimensions)));
        org.eclipse.swt.widgets.Text words = Workbench.find(workbench.shell(), "detailsWords", org.eclipse.swt.widgets.Text.class);
        workbench.waitUntil("the facts drawn on the screen", 10, () -> !words.getText().isEmpty() && inked(words));
        workbench.screenshot(Path.of("target/screenshots/details-region-" + LANGUAGE + ".png"));
    }

    @Test
    void askedForTheTextBoxesTheLinesReadAreFramed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pictures"));
        Path picture = TestPictures.write(TextPictures.lines(700, 240, 36, "invoice 2024", "sunset beach"), "png", folder.resolve("note.png"));
        Libraries libraries = libraries();
        Library library = libraries.catalog().addPictureFolders(libraries.catalog().create("notes"), List.of(folder));
        libraries.indexer(library).sync(library, libraries.catalog(), new org.eclipse.core.runtime.NullProgressMonitor());
        DetailsPart details = workbench.part(DetailsPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 700, 760);
        workbench.shell().layout(true, true);
        workbench.open();
        details.show(new dev.scry.ui.SelectedPicture(picture, "notes", 100));
        PicturePreview preview = Workbench.find(workbench.shell(), "detailsPreview", PicturePreview.class);
        workbench.waitUntil("the picture shown", 10, preview::hasPicture);
        // the facts take their room below the preview once read: click the box after, where it stays
        workbench.waitUntil("the facts shown", 10, () -> "700 \u00d7 240".equals(details.fact(Messages.details_dimensions)));
        org.eclipse.swt.widgets.Text words = Workbench.find(workbench.shell(), "detailsWords", org.eclipse.swt.widgets.Text.class);
        workbench.waitUntil("the facts drawn on the screen", 10, () -> !words.getText().isEmpty() && inked(words));
        assertTrue(details.marks().isEmpty(), "no outlines until asked");

        Button show = Workbench.find(workbench.shell(), "detailsShowBoxes", Button.class);
        workbench.mouse().click(show, new Point(show.getSize().x / 2, show.getSize().y / 2));
        workbench.waitUntil("two lines of text framed", 120, () -> details.marks().size() == 2);
        // the lines are drawn 36 px high from x = 36, their baselines at y = 72 and 144, in a 700 x 240 picture
        double[] top = details.marks().get(0).corners();
        double[] bottom = details.marks().get(1).corners();
        assertTrue(top[0] < 40 / 700.0 && top[0] > 20 / 700.0, "the first line's box starts where its text does: " + top[0] * 700);
        assertTrue(top[1] > 30 / 240.0 && top[5] < 90 / 240.0, "around the first line: " + top[1] * 240 + " to " + top[5] * 240);
        assertTrue(bottom[1] > 100 / 240.0 && bottom[5] < 160 / 240.0, "around the second: " + bottom[1] * 240 + " to " + bottom[5] * 240);
        assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.details_boxesShown, 2),
                Workbench.find(workbench.shell(), "detailsMarks", org.eclipse.swt.widgets.Label.class).getText());
        workbench.waitUntil("the boxes drawn", 10, () -> drawnIn(preview, top, DetailsPart.TEXT_COLOUR));
        workbench.shell().update();
        workbench.screenshot(Path.of("target/screenshots/details-text-boxes-" + LANGUAGE + ".png"));

        workbench.mouse().click(show, new Point(show.getSize().x / 2, show.getSize().y / 2));
        workbench.waitUntil("the boxes gone when not asked", 10, () -> details.marks().isEmpty());
    }

    private Libraries libraries() throws Exception {
        Libraries libraries = new Libraries(Workbench.service(EncoderRegistry.class), new ScryHome(Files.createDirectories(temp.resolve("home"))));
        workbench.provide(Libraries.class, libraries);
        return libraries;
    }

    /** Whether the control shows, on the screen, some dark pixels (text drawn), not only its background. */
    private boolean inked(org.eclipse.swt.widgets.Control control) {
        Rectangle size = control.getBounds();
        Image shot = new Image(workbench.display(), size.width, size.height);
        GC gc = new GC(control);
        try {
            gc.copyArea(shot, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = shot.getImageData();
        shot.dispose();
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                RGB seen = data.palette.getRGB(data.getPixel(x, y));
                if (seen.red + seen.green + seen.blue < 200) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the preview shows, on the screen, the colour of the outline halfway along its top edge. */
    private boolean drawnIn(PicturePreview preview, double[] corners, int colour) {
        Point at = preview.toWidget((corners[0] + corners[2]) / 2, (corners[1] + corners[3]) / 2);
        if (at == null) {
            return false;
        }
        Image shot = new Image(workbench.display(), 1, 3);
        GC gc = new GC(preview);
        try {
            gc.copyArea(shot, at.x, at.y - 1);
        } finally {
            gc.dispose();
        }
        ImageData data = shot.getImageData();
        shot.dispose();
        RGB wanted = workbench.display().getSystemColor(colour).getRGB();
        for (int y = 0; y < 3; y++) {
            RGB seen = data.palette.getRGB(data.getPixel(0, y));
            if (Math.abs(seen.red - wanted.red) + Math.abs(seen.green - wanted.green) + Math.abs(seen.blue - wanted.blue) < 60) {
                return true;
            }
        }
        return false;
    }
}
