package dev.scry.ui;

import org.eclipse.osgi.util.NLS;

import dev.scry.image.UnreadableImageException;
import dev.scry.library.IndexReport;
import dev.scry.library.LibraryException;

/**
 * What the library layer reports (failures, files it could not index, the outcome of a run) in the
 * user's language. The core's own English texts serve the command line and the logs.
 */
public final class UserWords {
    private UserWords() {
    }

    /** A failed library operation, naming the library. */
    public static String of(LibraryException e) {
        String library = e.library();
        if (library == null) {
            return e.getMessage();
        }
        return switch (e.kind()) {
            case EXISTS -> NLS.bind(Messages.error_exists, library);
            case NOT_FOUND -> NLS.bind(Messages.error_notFound, library);
            case IN_USE -> NLS.bind(Messages.error_inUse, library);
            case BAD_NAME -> NLS.bind(Messages.error_badName, library);
            case IO -> NLS.bind(Messages.error_io, library, e.getCause() instanceof java.io.IOException io ? of(io) : e.getMessage());
        };
    }

    /** A picture that cannot be used, naming the file and the reason. */
    public static String of(UnreadableImageException e) {
        return NLS.bind(Messages.error_picture, e.file().getFileName(), describe(e.reason(), e.detail()));
    }

    /** Why a file could not be read or written, in words rather than an exception's name. */
    public static String of(java.io.IOException e) {
        if (e instanceof UnreadableImageException unreadable) {
            return of(unreadable);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Messages.io_denied;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Messages.problem_missing;
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return Messages.io_notFolder;
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? Messages.io_noReason : e.getMessage();
    }

    /** Why a picture cannot be used, with what the decoder or the system said, without its name. */
    public static String reason(UnreadableImageException e) {
        return describe(e.reason(), e.detail());
    }

    /** Why a file could not be indexed, with what the decoder or the system said. */
    public static String of(IndexReport.Problem problem) {
        return describe(problem.why(), problem.detail());
    }

    /** The outcome of an indexing run in one line. */
    public static String summary(String library, IndexReport report) {
        String line = NLS.bind(Messages.library_summary, new Object[] { library, report.addedCount(), report.unchangedCount(),
                report.movedCount(), report.removedCount(), report.skippedCount(), report.problems().size() });
        if (report.copiedCount() > 0) {
            line += NLS.bind(Messages.library_summaryCopied, report.copiedCount());
        }
        if (report.completedCount() > 0) {
            line += NLS.bind(Messages.library_summaryCompleted, report.completedCount());
        }
        return report.wasCancelled() ? line + Messages.library_summaryCancelled : line;
    }

    private static String describe(UnreadableImageException.Reason reason, String detail) {
        String words = switch (reason) {
            case NOT_A_PICTURE -> Messages.problem_notAPicture;
            case CORRUPT -> Messages.problem_corrupt;
            case TRUNCATED -> Messages.problem_truncated;
            case TOO_LARGE -> Messages.problem_tooLarge;
            case UNREADABLE -> Messages.problem_unreadable;
            case MISSING -> Messages.problem_missing;
            case LINK_LOOP -> Messages.problem_linkLoop;
            case NOT_ENCODED -> Messages.problem_notEncoded;
        };
        return detail == null ? words : NLS.bind(Messages.problem_detail, words, detail);
    }
}
