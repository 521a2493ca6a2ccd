package dev.scry.ui.widgets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Thumbnails kept on disk, so a picture is decoded once, not every time it is shown. A thumbnail is
 * found by its picture's path, size and modification time (a changed picture gets a new one); the
 * least recently used ones go when the folder grows past its limit. A cache that cannot be read or
 * written costs only time (thumbnails are made again); the first such failure is logged.
 */
public final class ThumbnailCache {
    private final Path folder;
    private final long maxBytes;
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    public ThumbnailCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The cached thumbnail of {@code picture}, or null. Marks it as used. */
    public BufferedImage get(Path picture) {
        try {
            Path file = fileFor(picture);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return ImageIO.read(file.toFile());
        } catch (java.nio.file.NoSuchFileException e) {
            return null; // the picture is gone: its thumbnail is not wanted
        } catch (IOException e) {
            warn(e); // the cache file is damaged or cannot be read: make the thumbnail again
            return null;
        }
    }

    /** Keeps {@code thumbnail} for {@code picture}; written to a temporary file and moved, so readers never see half a file. */
    public void put(Path picture, BufferedImage thumbnail) {
        try {
            Path file = fileFor(picture);
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "thumb", ".tmp");
            ImageIO.write(thumbnail, "png", temporary.toFile());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            warn(e); // a full disk or a read-only home: thumbnails are made again next time
        }
    }

    private void warn(IOException e) {
        if (warned.compareAndSet(false, true)) {
            dev.scry.ui.Failure.warned(ThumbnailCache.class,
                    org.eclipse.osgi.util.NLS.bind(dev.scry.ui.Messages.results_cacheFailed, folder + ": " + dev.scry.ui.UserWords.of(e)), e);
        }
    }

    /** Deletes the least recently used thumbnails until the folder is within its limit. */
    public void trim() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(ThumbnailCache::lastUsed).reversed()).toList();
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
            if (total > maxBytes) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime();
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    Path fileFor(Path picture) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(picture, BasicFileAttributes.class);
        String key = picture.toAbsolutePath() + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis();
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8)));
            return folder.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".png");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }
}
