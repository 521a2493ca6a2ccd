package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Tags and {@code key=value} metadata as typed after {@code --tag} and {@code --meta}. */
class FolderLabelsTest {
    @Test
    void keyValuesGatherByKey() {
        FolderLabels labels = FolderLabels.of(List.of("cat", "2024", "cat"), List.of("album=Trip", "person=Ann", "album=Lisbon 2024"));
        assertEquals(List.of("cat", "2024"), labels.tags());
        assertEquals(Map.of("album", List.of("Trip", "Lisbon 2024"), "person", List.of("Ann")), labels.meta());
        assertEquals(List.of("album=Trip", "album=Lisbon 2024", "person=Ann"), labels.keyValues());
    }

    @Test
    void aTypedLineHasTagsAndKeyValues() {
        assertEquals(FolderLabels.of(List.of("cat", "2024"), List.of("album=Trip")), FolderLabels.typed("  cat 2024\talbum=Trip "));
        assertEquals(FolderLabels.NONE, FolderLabels.typed(""));
        assertThrows(IllegalArgumentException.class, () -> FolderLabels.typed("cat Album=Trip"));
    }

    @Test
    void badItemsAreRefusedByName() {
        assertEquals("metadata must be KEY=VALUE: album", assertThrows(IllegalArgumentException.class,
                () -> FolderLabels.of(List.of(), List.of("album"))).getMessage());
        assertEquals("not a valid metadata key (lower-case letters, digits and _): Album Name in Album Name=Trip",
                assertThrows(IllegalArgumentException.class, () -> FolderLabels.of(List.of(), List.of("Album Name=Trip"))).getMessage());
        assertEquals("metadata has no value: album=", assertThrows(IllegalArgumentException.class,
                () -> FolderLabels.of(List.of(), List.of("album="))).getMessage());
    }
}
