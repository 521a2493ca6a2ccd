package dev.scry.library;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.scry.index.ImageRecord;
import dev.scry.index.LibraryInUseException;
import dev.scry.index.PictureIndex;
import dev.scry.index.PictureReader;

/**
 * The pictures of one library written into another's store, whichever each is ({@link LibraryCatalog#copy}): every
 * record with its vectors and region vectors, read through {@link PictureReader} and written through
 * {@link PictureIndex}, committed once at the end. A copy that fails or is cancelled empties the target again.
 */
public final class LibraryCopy {
    /** A finished copy: the target library as saved, and how many pictures it got. */
    public record Copied(Library library, int pictures) {
    }

    private LibraryCopy() {
    }

    /** Writes every picture of {@code source} into the (empty) store of {@code target}; returns how many. */
    static int pictures(OpenLibraries open, Library source, Library target, IProgressMonitor monitor) throws LibraryException {
        try (PictureReader from = open.reader(source); PictureIndex to = LibraryStores.writable(target)) {
            List<ImageRecord> records = from.records();
            SubMonitor progress = SubMonitor.convert(monitor, records.size());
            try {
                for (ImageRecord record : records) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    to.put(record, from.vectors(record.hash()), from.regions(record.hash()));
                    progress.worked(1);
                }
                to.commit();
            } catch (IOException | RuntimeException e) {
                emptyQuietly(to, e);
                throw e;
            }
            return records.size();
        } catch (UnsupportedOperationException e) {
            throw LibraryException.unsupported(target.name(), e);
        } catch (LibraryInUseException e) {
            throw LibraryException.inUse(target.name(), e);
        } catch (IOException e) {
            throw LibraryException.io("cannot copy library " + source.name() + " into", target.name(), e);
        }
    }

    /** Empties the store of {@code target} after a later step of a copy failed. */
    static void empty(Library target, Exception failure) {
        try (PictureIndex index = LibraryStores.writable(target)) {
            emptyQuietly(index, failure);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void emptyQuietly(PictureIndex index, Exception failure) {
        try {
            index.clear();
            index.commit();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
            ProblemLog.error("a failed copy left pictures in its target library", e);
        }
    }
}
