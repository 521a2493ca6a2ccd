package dev.scry.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.scry.image.ImageFormat;

/**
 * One query of a {@code scry search}: a picture file or a phrase of words. A query given as an existing
 * file is a picture query; one that looks like a path (it has a folder separator or a picture file's
 * extension) is a picture query too, whose file is missing, so that a mistyped name is reported rather
 * than searched for as words.
 *
 * @param text  the query as the user gave it
 * @param image whether it is a picture query
 * @param file  the picture file of a picture query (it may not exist), else null
 */
record GivenQuery(String text, boolean image, Path file) {

    /** A phrase of words, whatever files there are. */
    static GivenQuery words(String text) {
        return new GivenQuery(text, false, null);
    }

    /** A picture file, whether or not it exists. */
    static GivenQuery picture(String text, java.util.function.Function<String, Path> paths) {
        return new GivenQuery(text, true, GivenPath.find(paths.apply(text)));
    }

    /** A picture query if {@code text} names a file or looks like a path, else a phrase. */
    static GivenQuery of(String text, java.util.function.Function<String, Path> paths) {
        return isFileOrPathLike(text, paths) ? picture(text, paths) : words(text);
    }

    /** The start of a query-language term rather than a path: {@code field:}, {@code -word} or a quote. */
    private static final java.util.regex.Pattern QUERY_TERM = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}\\p{N}_.]*:|-|\"");

    /** Whether {@code text} names an existing file, or has a folder separator or a picture extension. */
    static boolean isFileOrPathLike(String text, java.util.function.Function<String, Path> paths) {
        if (text.isBlank()) {
            return false;
        }
        try {
            Path path = paths.apply(text);
            if (Files.isRegularFile(GivenPath.find(path))) {
                return true;
            }
            if (QUERY_TERM.matcher(text).lookingAt()) {
                return false; // a field of the query language (folder:/photos, name:x.jpg), a negation or a phrase
            }
            return text.indexOf('/') >= 0 || text.indexOf(path.getFileSystem().getSeparator().charAt(0)) >= 0
                    || ImageFormat.ofFileName(path).isPresent();
        } catch (java.nio.file.InvalidPathException e) {
            return false; // not a name the file system accepts: words
        }
    }

    /** The kind as {@code --json} names it. */
    String kind() {
        return image ? "image" : "text";
    }
}
