package dev.scry.image;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;

/**
 * What a picture's EXIF block says, read with metadata-extractor. Pictures without EXIF, or with a
 * damaged block, simply have no facts: reading them never fails. (metadata-extractor needs Adobe's
 * xmpcore for any JPEG; this bundle imports it so that it is always installed beside it.)
 *
 * @param taken       when the picture was taken, if recorded
 * @param camera      camera make and model, if recorded
 * @param orientation EXIF orientation 1-8 (1 = upright)
 *
 * @since 1.0
 */
public record ExifFacts(Optional<Instant> taken, Optional<String> camera, int orientation) {
    public static final ExifFacts NONE = new ExifFacts(Optional.empty(), Optional.empty(), 1);

    /** Reads the EXIF facts of a file; {@link #NONE} when it has none or they cannot be read. */
    public static ExifFacts read(Path file) {
        try {
            Metadata metadata;
            try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
                metadata = ImageMetadataReader.readMetadata(in, java.nio.file.Files.size(file));
            }
            ExifIFD0Directory main = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            int orientation = 1;
            String camera = null;
            if (main != null) {
                Integer value = main.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                orientation = value == null || value < 1 || value > 8 ? 1 : value;
                String make = main.getString(ExifIFD0Directory.TAG_MAKE);
                String model = main.getString(ExifIFD0Directory.TAG_MODEL);
                camera = joinCamera(make, model);
            }
            Date taken = sub == null ? null : sub.getDateOriginal();
            return new ExifFacts(Optional.ofNullable(taken).map(Date::toInstant), Optional.ofNullable(camera), orientation);
        } catch (Exception | LinkageError e) {
            // A damaged block, or a metadata parser that cannot run on this file: the picture is still indexed.
            return NONE;
        }
    }

    static int orientation(Path file) {
        return read(file).orientation();
    }

    private static String joinCamera(String make, String model) {
        String m = make == null ? "" : make.trim();
        String n = model == null ? "" : model.trim();
        if (!m.isEmpty() && n.toLowerCase(java.util.Locale.ROOT).startsWith(m.toLowerCase(java.util.Locale.ROOT))) {
            m = "";
        }
        String joined = (m + " " + n).trim();
        return joined.isEmpty() ? null : joined;
    }
}
