package dev.scry.library;

/** A library operation that cannot be done, with a message for the user and the kind of failure. */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure, which the command line maps to exit codes. */
    public enum Kind {
        BAD_NAME, EXISTS, NOT_FOUND, IN_USE, IO
    }

    private final Kind kind;

    public LibraryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public LibraryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
