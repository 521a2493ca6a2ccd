package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.DuplicatePictures;
import dev.scry.testing.TestPictures;

/** Duplicate groups found in a real index. */
class DuplicatesTest {
    @TempDir
    Path temp;

    @Test
    void exactCopiesAndResizedCopiesAreGroupedAndOtherPicturesAreNot() throws Exception {
        Path folder = DuplicatePictures.write(temp.resolve("pictures"), "exact-copy.png", 6);
        List<Duplicates.Group> groups = groups(folder);
        assertEquals(1, groups.size(), groups.toString());
        Duplicates.Group group = groups.get(0);
        Set<String> names = group.members().stream().flatMap(m -> m.record().paths().stream())
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("original.png", "exact-copy.png", "smaller.png"), names);
        assertEquals(Duplicates.Kind.NEAR_DUPLICATE, group.kind());
        assertTrue(group.members().get(1).similarity() >= Duplicates.NEAR_DUPLICATE, group.toString());
    }

    @Test
    void unrelatedObjectsOnWhiteAreNotGrouped() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("objects"));
        for (int seed = 0; seed < 25; seed++) {
            TestPictures.write(TestPictures.objectOnWhite(800, 600, seed), "png", folder.resolve("object-" + seed + ".png"));
        }
        assertEquals(List.of(), names(groups(folder)), "fruit, coins, flowers, signs and stars on white are different pictures");
    }

    @Test
    void editedCopiesOfAnObjectOnWhiteAreGroupedAndTheOtherObjectsAreNot() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("objects"));
        BufferedImage original = TestPictures.objectOnWhite(800, 600, 3);
        TestPictures.write(original, "png", folder.resolve("sign.png"));
        TestPictures.write(original, "jpg", folder.resolve("sign-saved-again.jpg"));
        TestPictures.write(TestPictures.scaled(original, 400, 300), "png", folder.resolve("sign-smaller.png"));
        BufferedImage captioned = TestPictures.scaled(original, 800, 600);
        Graphics2D g = captioned.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString("2024-06-01 12:30", 20, 580);
        g.dispose();
        TestPictures.write(captioned, "png", folder.resolve("sign-dated.png"));
        for (int seed = 10; seed < 20; seed++) {
            TestPictures.write(TestPictures.objectOnWhite(800, 600, seed), "png", folder.resolve("object-" + seed + ".png"));
        }
        List<Duplicates.Group> groups = groups(folder);
        assertEquals(List.of(Set.of("sign.png", "sign-saved-again.jpg", "sign-smaller.png", "sign-dated.png")), names(groups));
        assertEquals(Duplicates.Kind.NEAR_DUPLICATE, groups.get(0).kind(), groups.toString());
    }

    @Test
    void drawingsThatAreOnlyInTheAlphaChannelAreNotGrouped() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("masks"));
        for (int seed = 1; seed <= 5; seed++) {
            TestPictures.write(TestPictures.drawnInAlpha(800, 500, seed), "png", folder.resolve("mask-" + seed + ".png"));
        }
        assertEquals(List.of(), names(groups(folder)), "five different drawings, not one blank picture five times");
    }

    @Test
    void picturesThatEachLookLikeTheNextAreNotChainedIntoOneGroup() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("chain"));
        BufferedImage from = TestPictures.draw(600, 400, 21);
        BufferedImage to = TestPictures.draw(600, 400, 22);
        for (int step = 0; step <= 10; step++) { // from one picture to another unrelated one in ten small steps
            BufferedImage blend = TestPictures.scaled(from, 600, 400);
            Graphics2D g = blend.createGraphics();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, step / 10f));
            g.drawImage(to, 0, 0, null);
            g.dispose();
            TestPictures.write(blend, "png", folder.resolve("step-" + step + ".png"));
        }
        List<Duplicates.Group> groups = groups(folder);
        assertTrue(!groups.isEmpty(), "neighbouring steps are alike");
        for (Duplicates.Group group : groups) {
            Set<String> names = group.members().stream().map(m -> m.record().path().getFileName().toString()).collect(Collectors.toSet());
            assertTrue(!(names.contains("step-0.png") && names.contains("step-10.png")), "the two ends are unrelated: " + names);
            assertTrue(group.members().size() < 11, names.toString());
            for (Duplicates.Member member : group.members()) {
                assertTrue(member.similarity() >= Duplicates.DEFAULT_MINIMUM, "every member matches the group's first: " + group);
            }
        }
    }

    @Test
    void theSearchReportsOneUnitOfWorkAPictureAndStopsWhenCancelled() throws Exception {
        Path folder = DuplicatePictures.write(temp.resolve("pictures"), "exact-copy.png", 6);
        Library library = indexed(folder);
        int pictures = new LibraryCatalog(new ScryHome(temp.resolve("home"))).pictureCount(library);
        Counting counting = new Counting(-1);
        List<Duplicates.Group> groups = Duplicates.find(OpenLibraries.eachCall(), library, EncoderRegistry.FINGERPRINT,
                Duplicates.DEFAULT_MINIMUM, counting);
        assertEquals(1, groups.size());
        assertEquals(pictures, counting.steps, "a step of work a picture looked at");
        assertEquals(counting.total, counting.worked, "all the work done at the end");

        Counting cancelling = new Counting(1);
        assertThrows(OperationCanceledException.class, () -> Duplicates.find(OpenLibraries.eachCall(), library,
                EncoderRegistry.FINGERPRINT, Duplicates.DEFAULT_MINIMUM, cancelling));
        assertEquals(1, cancelling.steps, "no picture looked at after the cancel");
        assertTrue(cancelling.worked < cancelling.total, cancelling.worked + " of " + cancelling.total);
    }

    /** A monitor that counts the work reported to it, cancelled after {@code cancelAfter} steps of work (never when negative). */
    private static final class Counting extends NullProgressMonitor {
        private final int cancelAfter;
        int total;
        int worked;
        int steps;

        Counting(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
            steps++;
        }

        @Override
        public boolean isCanceled() {
            return cancelAfter >= 0 && steps >= cancelAfter;
        }
    }

    private Library indexed(Path folder) throws Exception {
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("dupes"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog, new NullProgressMonitor());
        return library;
    }

    private List<Duplicates.Group> groups(Path folder) throws Exception {
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("dupes"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog, new NullProgressMonitor());
        return Duplicates.find(library, EncoderRegistry.FINGERPRINT, Duplicates.DEFAULT_MINIMUM);
    }

    private static List<Set<String>> names(List<Duplicates.Group> groups) {
        return groups.stream().map(g -> g.members().stream().flatMap(m -> m.record().paths().stream())
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet())).toList();
    }
}
