package dev.scry.image;

import java.awt.Rectangle;
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
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>Encoders that want their input made exactly as a reference recipe makes it (CLIP: PIL's resize of the
 * full picture) ask for {@link PictureSize}s with {@link #load(Path, Collection)}: then nothing is
 * subsampled (point subsampling aliases). The picture is decoded whole when it has at most
 * {@value #WHOLE_PIXELS} pixels, else in bands of rows ({@link #BAND_PIXELS}), and
 * every row goes, at full resolution, through a {@link Resample} per size (and one for {@code pixels}),
 * so memory stays bounded by the band and the resized results whatever the picture's size. The sizes
 * take the colour channels as the file stores them, transparent or not (PIL's {@code convert('RGB')});
 * {@code pixels} shows transparent areas on a white page, as without sizes.
 *
 * <p>A loader made {@link #timeLimited(Duration)} also bounds the time a picture may take to decode (a
 * service decoding the pictures its clients send): a picture not decoded in time is refused as too large.
 *
 * @since 1.0
 */
public final class ImageLoader {
    /** Pictures with more pixels than this are refused as too large. */
    public static final long MAX_PIXELS = 1L << 30;

    /** With sizes asked for, pictures up to this many pixels are decoded in one piece. */
    public static final int WHOLE_PIXELS = 1 << 25;
    /**
     * With sizes asked for, larger pictures are decoded in bands of rows of this many pixels, or a
     * sixteenth of the picture if that is more: each band is a read of the file up to its last row, so
     * this bounds the time (at most 16 bands) as the band bounds the memory (at most
     * {@link #MAX_PIXELS} / 16 pixels).
     */
    public static final int BAND_PIXELS = 1 << 24;
    private static final int MOST_BANDS = 16;

    private final int maxSide;
    private final int wholePixels;
    private final int bandPixels;
    private final Duration timeLimit;

    /** @param maxSide the longest side, in pixels, of the decoded result; at least 16 */
    public ImageLoader(int maxSide) {
        this(maxSide, WHOLE_PIXELS, BAND_PIXELS);
    }

    /** With other budgets than {@link #WHOLE_PIXELS} and {@link #BAND_PIXELS} (tests decode small pictures in bands). */
    ImageLoader(int maxSide, int wholePixels, int bandPixels) {
        this(maxSide, wholePixels, bandPixels, null);
    }

    private ImageLoader(int maxSide, int wholePixels, int bandPixels, Duration timeLimit) {
        if (maxSide < 16) {
            throw new IllegalArgumentException("maxSide must be at least 16: " + maxSide);
        }
        if (bandPixels < 1 || wholePixels < 1) {
            throw new IllegalArgumentException("pixel budgets must be positive: " + wholePixels + ", " + bandPixels);
        }
        this.maxSide = maxSide;
        this.wholePixels = wholePixels;
        this.bandPixels = bandPixels;
        this.timeLimit = timeLimit;
        ImagePlugins.register();
    }

    /**
     * This loader, but a picture that takes longer than {@code limit} to decode (from its first byte read
     * to its last row) is refused: an {@link UnreadableImageException} with {@link Reason#TOO_LARGE} whose
     * detail says the decoding was stopped.
     *
     * @param limit a positive duration
     * @since 1.1
     */
    public ImageLoader timeLimited(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + limit);
        }
        return new ImageLoader(maxSide, wholePixels, bandPixels, limit);
    }

    /** Reads and decodes one file. */
    public LoadedImage load(Path file) throws UnreadableImageException {
        return load(file, List.of());
    }

    /**
     * Reads and decodes one file, and resizes its full-resolution pixels to each of {@code sizes} exactly
     * as {@link Resample} does ({@link LoadedImage#resized()}; the sizes apply to the upright picture).
     */
    public LoadedImage load(Path file, Collection<PictureSize> sizes) throws UnreadableImageException {
        DecodeDeadline deadline = new DecodeDeadline(timeLimit);
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
                deadline.watch(reader);
                return sizes.isEmpty() ? decode(file, format, orientation, input, reader, deadline)
                        : decodeFull(file, format, orientation, input, reader, Set.copyOf(sizes), deadline);
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

    private LoadedImage decode(Path file, ImageFormat format, int orientation, ImageInputStream input, ImageReader reader,
            DecodeDeadline deadline) throws IOException {
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
        deadline.check(file);
        String warned = warnings.toString().toLowerCase(java.util.Locale.ROOT);
        if (warned.contains("premature end") || warned.contains("truncated")) {
            throw new UnreadableImageException(file, Reason.TRUNCATED, warnings.toString().trim());
        }
        BufferedImage upright = Orientation.apply(toRgb(shrink(decoded)), orientation);
        boolean turned = orientation >= 5;
        return new LoadedImage(upright, turned ? height : width, turned ? width : height, format);
    }

    private LoadedImage decodeFull(Path file, ImageFormat format, int orientation, ImageInputStream input, ImageReader reader,
            Set<PictureSize> sizes, DecodeDeadline deadline) throws IOException {
        reader.setInput(input, false, true);
        StringBuilder warnings = new StringBuilder();
        reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning).append(' '));
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new UnreadableImageException(file, Reason.CORRUPT, "size " + width + "x" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new UnreadableImageException(file, Reason.TOO_LARGE, width + "x" + height + " pixels");
        }
        boolean turned = orientation >= 5;
        int uprightW = turned ? height : width;
        int uprightH = turned ? width : height;
        Map<PictureSize, Resample> resamples = new LinkedHashMap<>();
        for (PictureSize size : sizes) {
            int w = size.width(uprightW, uprightH);
            int h = size.height(uprightW, uprightH);
            resamples.put(size, turned ? new Resample(width, height, h, w, size.filter()) : new Resample(width, height, w, h, size.filter()));
        }
        double fit = Math.min(1, (double) maxSide / Math.max(width, height));
        Resample small = new Resample(width, height, Math.max(1, (int) Math.round(width * fit)), Math.max(1, (int) Math.round(height * fit)),
                Resample.Filter.BILINEAR);
        int band = (long) width * height <= wholePixels ? height : Math.max(Math.max(1, bandPixels / width), Math.ceilDiv(height, MOST_BANDS));
        int[] row = new int[width];
        int[] samples = new int[3 * width];
        int[] white = new int[width];
        ImageReadParam param = reader.getDefaultReadParam();
        for (int top = 0; top < height; top += band) {
            int rows = Math.min(band, height - top);
            if (rows < height) {
                param.setSourceRegion(new Rectangle(0, top, width, rows));
            }
            BufferedImage decoded = reader.read(0, param);
            deadline.check(file);
            String warned = warnings.toString().toLowerCase(java.util.Locale.ROOT);
            if (warned.contains("premature end") || warned.contains("truncated")) {
                throw new UnreadableImageException(file, Reason.TRUNCATED, warnings.toString().trim());
            }
            boolean alpha = decoded.getColorModel().hasAlpha();
            for (int y = 0; y < rows; y++) {
                rgbRow(decoded, y, row, samples);
                if (alpha) {
                    onWhite(row, white);
                    small.row(white, 0);
                } else {
                    small.row(row, 0);
                }
                for (Resample resample : resamples.values()) {
                    resample.row(row, 0);
                }
            }
        }
        Map<PictureSize, BufferedImage> resized = new LinkedHashMap<>();
        resamples.forEach((size, resample) -> resized.put(size, Orientation.apply(resample.result(), orientation)));
        return new LoadedImage(Orientation.apply(small.result(), orientation), uprightW, uprightH, format, resized);
    }

    /**
     * Row {@code y} of {@code image} as 0xRRGGBB in the low 24 bits, alpha (if any) left in the top 8:
     * the colour channels as stored, as PIL's {@code convert('RGB')} takes them.
     */
    private static void rgbRow(BufferedImage image, int y, int[] out, int[] samples) {
        int w = image.getWidth();
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB) {
            image.getRaster().getDataElements(0, y, w, 1, out);
            return;
        }
        if (type == BufferedImage.TYPE_3BYTE_BGR) { // the samples come in band order: R, G, B
            image.getRaster().getPixels(0, y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                out[x] = samples[3 * x] << 16 | samples[3 * x + 1] << 8 | samples[3 * x + 2];
            }
            return;
        }
        java.awt.image.ColorModel model = image.getColorModel();
        if (model.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY && !(model instanceof java.awt.image.IndexColorModel)) {
            // the grey level as stored, as PIL reads it: Java's getRGB would treat it as linear light and brighten it
            int bands = image.getRaster().getNumBands();
            int shift = Math.max(0, model.getComponentSize(0) - 8);
            int[] grey = image.getRaster().getPixels(0, y, w, 1, bands == 1 ? samples : new int[bands * w]);
            for (int x = 0; x < w; x++) {
                int g = grey[bands * x] >> shift;
                int a = bands > 1 ? grey[bands * x + 1] >> Math.max(0, model.getComponentSize(1) - 8) : 255;
                out[x] = a << 24 | g << 16 | g << 8 | g;
            }
            return;
        }
        image.getRGB(0, y, w, 1, out, 0, w);
    }

    /** {@code argb} as on a white page, into {@code out} (what {@link #toRgb} does to a whole picture). */
    private static void onWhite(int[] argb, int[] out) {
        for (int x = 0; x < argb.length; x++) {
            int v = argb[x];
            int a = v >>> 24;
            if (a == 255) {
                out[x] = v;
            } else {
                int r = ((v >> 16 & 0xFF) * a + 255 * (255 - a) + 127) / 255;
                int g = ((v >> 8 & 0xFF) * a + 255 * (255 - a) + 127) / 255;
                int b = ((v & 0xFF) * a + 255 * (255 - a) + 127) / 255;
                out[x] = r << 16 | g << 8 | b;
            }
        }
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

    /**
     * The most heap one {@link #load(Path, Collection)} with {@code sizes} takes: with no sizes, as
     * {@link #peakBytes()}; with sizes, the full-resolution piece decoded at once (the whole picture up
     * to {@value #WHOLE_PIXELS} pixels, else a band of at most {@link #MAX_PIXELS} / 16 pixels) and its
     * RGB copy, plus the subsampled {@code pixels} as without sizes.
     */
    public long peakBytes(Collection<PictureSize> sizes) {
        if (sizes.isEmpty()) {
            return peakBytes();
        }
        long piece = Math.max(wholePixels, Math.max(bandPixels, MAX_PIXELS / MOST_BANDS));
        return piece * 4 * 2 + peakBytes();
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
