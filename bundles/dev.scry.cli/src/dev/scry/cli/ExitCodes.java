package dev.scry.cli;

import dev.scry.library.LibraryException;

/** The exit codes of {@code scry}, a contract for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int IN_USE = 3;
    public static final int NOT_FOUND = 4;
    /** An {@code add} or {@code sync} that read pictures and could index none of them. */
    public static final int NOTHING_INDEXED = 5;
    /** Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); the work done is saved. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /**
     * The worse of two exit codes, for a batch whose queries end differently: the higher code, so that
     * any failure beats success (0) and a missing file (4) beats an unreadable one (1) or a bad
     * argument (2).
     */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }

    static int of(LibraryException e) {
        return switch (e.kind()) {
            case IN_USE -> IN_USE;
            case NOT_FOUND -> NOT_FOUND;
            case BAD_NAME -> USAGE;
            case EXISTS, IO -> ERROR;
        };
    }
}
