package dev.scry.library;

/**
 * A library operation that cannot be done: the kind of failure, the library concerned (when there is
 * one) and a message for the user in English; the workbench words it in the user's language from the
 * kind and the library.
 */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure, which the command line maps to exit codes. */
    public enum Kind {
        BAD_NAME, EXISTS, NOT_FOUND, IN_USE, IO
    }

    private final Kind kind;
    private final String library;

    public LibraryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public LibraryException(Kind kind, String message, Throwable cause) {
        this(kind, null, message, cause);
    }

    private LibraryException(Kind kind, String library, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.library = library;
    }

    /** A library of that name exists already. */
    public static LibraryException exists(String library) {
        return new LibraryException(Kind.EXISTS, library, "library " + library + " already exists", null);
    }

    /** There is no library of that name. */
    public static LibraryException notFound(String library) {
        return new LibraryException(Kind.NOT_FOUND, library, "no library called " + library, null);
    }

    /** Another process (or job) writes to the library. */
    public static LibraryException inUse(String library, Throwable cause) {
        return new LibraryException(Kind.IN_USE, library, "library " + library + " is in use", cause);
    }

    /** {@code what} (a verb, "sort:", ...) cannot be done on a library stored on OpenSearch yet. */
    public static LibraryException notOnOpenSearch(String library, String what) {
        return new LibraryException(Kind.IO, library, what + " is not supported on an OpenSearch library yet (library " + library + ")", null);
    }

    /** A question the library's store cannot answer yet, in the store's words ({@link UnsupportedOperationException}'s message). */
    public static LibraryException unsupported(String library, UnsupportedOperationException cause) {
        return new LibraryException(Kind.IO, library, cause.getMessage() + " (library " + library + ")", cause);
    }

    /** The name cannot be a library's name, and why. */
    public static LibraryException badName(String library, String why) {
        return new LibraryException(Kind.BAD_NAME, library, "not a usable library name: '" + library + "' (" + why + ")", null);
    }

    /**
     * Reading or writing the library's files failed: {@code doing} is e.g. "cannot read library". The
     * message ends with the reason in words; the platform log gets the stack trace.
     */
    public static LibraryException io(String doing, String library, Exception cause) {
        String message = doing + " " + library + ": " + reason(cause);
        ProblemLog.error(message, cause);
        return new LibraryException(Kind.IO, library, message, cause);
    }

    /** Why {@code cause} happened, in words: the system's for files, never an exception's class name. */
    static String reason(Exception cause) {
        if (cause instanceof java.io.IOException io) {
            return SystemWords.of(io);
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage(); // Scry's own words about a bad setting
        }
        return "an unexpected failure (details in the log)";
    }

    public Kind kind() {
        return kind;
    }

    /** The library concerned, or null. */
    public String library() {
        return library;
    }
}
