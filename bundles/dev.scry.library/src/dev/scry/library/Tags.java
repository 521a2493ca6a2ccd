package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.scry.index.ImageRecord;
import dev.scry.index.PictureIndex;
import dev.scry.index.ImageSearcher.FileState;
import dev.scry.index.LibraryInUseException;
import dev.scry.library.LibraryException.Kind;

/** The user's tags on pictures: words of their own that find the pictures like any other words. */
public final class Tags {
    private Tags() {
    }

    /**
     * Adds {@code add} and removes {@code remove} from the tags of the indexed picture file {@code file};
     * returns its tags after the change. Tags belong to the picture, so copies of the file share them.
     */
    public static List<String> change(Library library, Path file, List<String> add, List<String> remove) throws LibraryException {
        Path path = file.toAbsolutePath().normalize();
        try (PictureIndex index = LibraryStores.writable(library)) {
            FileState state = index.files().get(path);
            if (state == null) {
                throw new LibraryException(Kind.NOT_FOUND, path + " is not in library " + library.name());
            }
            ImageRecord record = index.find(state.hash()).orElseThrow();
            Set<String> tags = new LinkedHashSet<>(record.tags());
            add.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
            remove.forEach(tags::remove);
            if (!tags.equals(new LinkedHashSet<>(record.tags()))) {
                index.put(record.withTags(new ArrayList<>(tags)), index.vectors(record.hash()), index.regions(record.hash()));
                index.commit();
            }
            return List.copyOf(tags);
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(library.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot change the tags in", library.name(), e);
        }
    }
}
