package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.DuplicatePictures;

/** Duplicate groups found in a real index. */
class DuplicatesTest {
    @TempDir
    Path temp;

    @Test
    void exactCopiesAndResizedCopiesAreGroupedAndOtherPicturesAreNot() throws Exception {
        Path folder = DuplicatePictures.write(temp.resolve("pictures"), "exact-copy.png", 6);
        LibraryCatalog catalog = new LibraryCatalog(new ScryHome(temp.resolve("home")));
        Library library = catalog.addPictureFolders(catalog.create("dupes"), List.of(folder));
        new LibraryIndexer(List.of(new FingerprintEncoder())).sync(library, catalog, new NullProgressMonitor());

        List<Duplicates.Group> groups = Duplicates.find(library, EncoderRegistry.FINGERPRINT, Duplicates.DEFAULT_MINIMUM);
        assertEquals(1, groups.size(), groups.toString());
        Duplicates.Group group = groups.get(0);
        Set<String> names = group.members().stream().flatMap(m -> m.record().paths().stream())
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("original.png", "exact-copy.png", "smaller.png"), names);
        assertEquals(Duplicates.Kind.NEAR_DUPLICATE, group.kind());
        assertTrue(group.members().get(1).similarity() >= Duplicates.NEAR_DUPLICATE, group.toString());
    }
}
