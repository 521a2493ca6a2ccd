package dev.scry.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another writer in this one) is already changing this library's index. */
public class LibraryInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    public LibraryInUseException(Path index, Throwable cause) {
        super("library is in use: another Scry is updating the index in " + index, cause);
    }
}
