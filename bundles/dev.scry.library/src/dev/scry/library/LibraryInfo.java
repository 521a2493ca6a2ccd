package dev.scry.library;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code scry lib info} tells about a library.
 *
 * @param images      distinct pictures (identical files count once)
 * @param files       picture files (every location of every picture)
 * @param bytesOnDisk size of the library's folder (index and settings)
 */
public record LibraryInfo(Library library, int images, int files, List<String> encoders, long bytesOnDisk,
        Optional<Instant> lastSync) {
}
