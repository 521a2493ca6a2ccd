package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files moved to a freedesktop.org trash can be restored: the file and its .trashinfo. */
class TrashTest {
    @TempDir
    Path temp;

    @Test
    void aFileGoesToTheTrashWithWhereItCameFrom() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("my pictures"));
        Path first = Files.writeString(folder.resolve("copy.jpg"), "one");
        Trash trash = new Trash(temp.resolve("Trash"));
        trash.moveToTrash(first);
        assertFalse(Files.exists(first));
        assertEquals("one", Files.readString(temp.resolve("Trash/files/copy.jpg")));
        String info = Files.readString(temp.resolve("Trash/info/copy.jpg.trashinfo"));
        assertTrue(info.startsWith("[Trash Info]\nPath=" + folder.toString().replace(" ", "%20") + "/copy.jpg\nDeletionDate="), info);

        Path second = Files.writeString(folder.resolve("copy.jpg"), "two");
        trash.moveToTrash(second);
        assertEquals("two", Files.readString(temp.resolve("Trash/files/copy.2.jpg")), "a second file of the same name is kept too");
        assertThrows(IOException.class, () -> trash.moveToTrash(folder.resolve("gone.jpg")));
    }
}
