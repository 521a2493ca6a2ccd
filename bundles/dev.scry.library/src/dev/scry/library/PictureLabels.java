package dev.scry.library;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.scry.index.ImageRecord;

/**
 * What a picture's file says about it beyond its bytes, added to its record when the file is indexed:
 * the metadata of its name ({@link NameMetadata}; its date becomes the date taken when EXIF has none) and
 * the tags and metadata of the library folders that cover it ({@link FolderLabels}). Labels are only
 * added, never taken away. A picture gets them when it is indexed (a new or changed file), and an unchanged
 * one when its folder is added again (which may bring new labels); a sync does not give them again, so a
 * folder tag the user removed from one picture stays removed.
 */
final class PictureLabels {
    private final Function<Path, FolderLabels> folders;

    /** Labels from names and from the folders {@code folders} gives for a file. */
    PictureLabels(Function<Path, FolderLabels> folders) {
        this.folders = folders;
    }

    /** The labels of {@code library}'s folders and of names. */
    static PictureLabels of(Library library) {
        return new PictureLabels(library::labelsOf);
    }

    /** Whether a folder covering {@code file} has labels: then unchanged pictures under it are checked for them. */
    boolean folderLabels(Path file) {
        return !folders.apply(file).isEmpty();
    }

    /** {@code record} with what the file {@code path} adds; the same record when it adds nothing new. */
    ImageRecord label(Path path, ImageRecord record) {
        NameMetadata.Facts name = NameMetadata.of(path.getFileName().toString());
        FolderLabels folder = folders.apply(path);
        Set<String> tags = new LinkedHashSet<>(record.tags());
        tags.addAll(folder.tags());
        ImageRecord labelled = tags.size() == record.tags().size() ? record : record.withTags(List.copyOf(tags));
        labelled = labelled.withMeta(name.meta(), name.taken()).withMeta(folder.meta(), java.util.Optional.empty());
        return labelled.equals(record) ? record : labelled;
    }
}
