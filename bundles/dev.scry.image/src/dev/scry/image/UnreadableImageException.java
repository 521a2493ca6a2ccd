package dev.scry.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that Scry cannot turn into a picture. The message names the file and the reason in words a
 * user understands ("corrupt", "truncated", "not a picture", "too large", "unreadable").
 *
 * @since 1.0
 */
public class UnreadableImageException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Reason {
        NOT_A_PICTURE("not a picture Scry can read"),
        CORRUPT("corrupt image data"),
        TRUNCATED("truncated file"),
        TOO_LARGE("too large"),
        UNREADABLE("cannot be read"),
        MISSING("no such file or folder"),
        LINK_LOOP("symbolic link loop"),
        NOT_ENCODED("could not be encoded");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** The reason as shown to a user. */
        public String words() {
            return words;
        }
    }

    private final Path file;
    private final Reason reason;
    private final String detail;

    public UnreadableImageException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + reason.words() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.reason = reason;
        this.detail = detail == null || detail.isBlank() ? null : detail;
    }

    public UnreadableImageException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** More about the reason (the decoder's or the system's words), or null. */
    public String detail() {
        return detail;
    }
}
