package dev.scry.image;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import dev.scry.image.UnreadableImageException.Reason;

/**
 * Decodes picture files with bounded memory: large pictures are subsampled while they are read, so a
 * 100-megapixel photo costs no more than a small one. The result is upright (EXIF orientation applied)
 * and RGB. Every failure is an {@link UnreadableImageException} naming the file and the reason.
 */
public final class ImageLoader {
    /** Pictures with more pixels than this are refused as too large. */
    public static final long MAX_PIXELS = 1L << 30;

    private final int maxSide;

    /** @param maxSide the longest side, in pixels, of the decoded result; at least 16 */
    public ImageLoader(int maxSide) {
        if (maxSide < 16) {
            throw new IllegalArgumentException("maxSide must be at least 16: " + maxSide);
        }
        this.maxSide = maxSide;
        ImagePlugins.register();
    }

    /** Reads and decodes one file. */
    public LoadedImage load(Path file) throws UnreadableImageException {
        ImageFormat format = sniff(file);
        int orientation = format == ImageFormat.PNG || format == ImageFormat.GIF || format == ImageFormat.BMP
                ? 1 : ExifFacts.orientation(file);
        try (ImageInputStream input = open(file)) {
            if (input == null) {
                throw new UnreadableImageException(file, Reason.UNREADABLE, null);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableImageException(file, Reason.NOT_A_PICTURE, "no decoder for " + format.id());
            }
            ImageReader reader = readers.next();
            try {
                return decode(file, format, orientation, input, reader);
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImageException e) {
            throw e;
        } catch (EOFException e) {
            throw new UnreadableImageException(file, Reason.TRUNCATED, null, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException(file, Reason.CORRUPT, e.getMessage(), e);
        }
    }

    /** ImageIO's file stream where a {@code File} names the file, else one that reads through the path itself. */
    private static ImageInputStream open(Path file) throws IOException {
        java.io.File named = file.toFile();
        return named.toPath().equals(file) ? ImageIO.createImageInputStream(named) : new ChannelImageInputStream(file);
    }

    private LoadedImage decode(Path file, ImageFormat format, int orientation, ImageInputStream input, ImageReader reader)
            throws IOException {
        reader.setInput(input, true, true);
        StringBuilder warnings = new StringBuilder();
        IIOReadWarningListener listener = (source, warning) -> warnings.append(warning).append(' ');
        reader.addIIOReadWarningListener(listener);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new UnreadableImageException(file, Reason.CORRUPT, "size " + width + "x" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new UnreadableImageException(file, Reason.TOO_LARGE, width + "x" + height + " pixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        // at most twice the wanted side is decoded (then shrunk smoothly): bounded whatever the file's size
        int step = Math.max(1, Math.ceilDiv(Math.max(width, height), 2 * maxSide));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage decoded = reader.read(0, param);
        String warned = warnings.toString().toLowerCase(java.util.Locale.ROOT);
        if (warned.contains("premature end") || warned.contains("truncated")) {
            throw new UnreadableImageException(file, Reason.TRUNCATED, warnings.toString().trim());
        }
        BufferedImage upright = Orientation.apply(toRgb(shrink(decoded)), orientation);
        boolean turned = orientation >= 5;
        return new LoadedImage(upright, turned ? height : width, turned ? width : height, format);
    }

    private ImageFormat sniff(Path file) throws UnreadableImageException {
        byte[] head = new byte[16];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new UnreadableImageException(file, Reason.MISSING, null, e);
        } catch (AccessDeniedException e) {
            throw new UnreadableImageException(file, Reason.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableImageException(file, Reason.UNREADABLE, e.getMessage(), e);
        }
        if (length == 0) {
            throw new UnreadableImageException(file, Reason.TRUNCATED, "empty file");
        }
        return ImageFormat.ofHeader(head, length)
                .orElseThrow(() -> new UnreadableImageException(file, Reason.NOT_A_PICTURE, null));
    }

    /**
     * The most heap one {@link #load} takes: the decoded raster (at most twice {@code maxSide} on its
     * longer side, 4 bytes a pixel) and the smaller copies that shrinking and RGB conversion make.
     */
    public long peakBytes() {
        long side = 2L * maxSide;
        return side * side * 4 * 2;
    }

    private BufferedImage shrink(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= maxSide) {
            return image;
        }
        BufferedImage current = toRgb(image);
        // Halve repeatedly with bilinear filtering (a box-like average), then one final step.
        while (Math.max(current.getWidth(), current.getHeight()) > 2 * maxSide) {
            current = scale(current, 0.5);
        }
        double factor = (double) maxSide / Math.max(current.getWidth(), current.getHeight());
        return factor < 1 ? scale(current, factor) : current;
    }

    private static BufferedImage scale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        AffineTransform scale = AffineTransform.getScaleInstance((double) w / image.getWidth(), (double) h / image.getHeight());
        new AffineTransformOp(scale, new RenderingHints(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR)).filter(image, out);
        return out;
    }

    /**
     * The picture as opaque RGB. Transparent pictures are flattened onto white, as on a page, unless
     * white hides their drawing (a light drawing, or one that lives only in the alpha channel, such as
     * white shapes on a transparent ground): then onto mid-grey ({@link Background}).
     */
    static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(image.getColorModel().hasAlpha() ? Background.of(image) : java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
