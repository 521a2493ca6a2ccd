package dev.scry.bench;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The kinds of change a near-duplicate query undergoes. Each takes the master copy of an original
 * (at most 1024 px) and a seeded random source, and returns the changed picture.
 */
enum Change {
    JPEG_Q5("re-saved as JPEG at quality 5") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return jpeg(m, 0.05f);
        }
    },
    DOWNSCALE_5("downscaled to a fifth") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Images.scaled(m, Math.max(8, m.getWidth() / 5), Math.max(8, m.getHeight() / 5));
        }
    },
    CROP_CENTRE("centred crop, a third of the area") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return crop(m, 0.5, 0.5, r);
        }
    },
    CROP_OFFSET("crop off centre, a third to half of the area") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return crop(m, r.nextDouble(), r.nextDouble(), r);
        }
    },
    MIRROR("mirrored left to right") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Images.transformed(m, new AffineTransform(-1, 0, 0, 1, m.getWidth(), 0), m.getWidth(), m.getHeight());
        }
    },
    TURN("turned by 90, 180 or 270 degrees") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            int quarters = 1 + r.nextInt(3);
            boolean swap = quarters % 2 == 1;
            int w = swap ? m.getHeight() : m.getWidth();
            int h = swap ? m.getWidth() : m.getHeight();
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.quadrantRotate(quarters);
            t.translate(-m.getWidth() / 2.0, -m.getHeight() / 2.0);
            return Images.transformed(m, t, w, h);
        }
    },
    ROTATE_SMALL("rotated 2-5 degrees and cropped to its inner rectangle") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            double angle = Math.toRadians((2 + 3 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1));
            double w = m.getWidth();
            double h = m.getHeight();
            double zoom = Math.abs(Math.cos(angle)) + Math.max(w / h, h / w) * Math.abs(Math.sin(angle));
            AffineTransform t = new AffineTransform();
            t.translate(w / 2, h / 2);
            t.rotate(angle);
            t.scale(zoom, zoom);
            t.translate(-w / 2, -h / 2);
            return Images.transformed(m, t, m.getWidth(), m.getHeight());
        }
    },
    TONE("brightness, contrast, gamma and saturation changed") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Images.tone(m, 0.6 + 0.8 * r.nextDouble(), 0.7 + 0.6 * r.nextDouble(), -30 + 60 * r.nextDouble(),
                    0.3 + 1.2 * r.nextDouble(), r.nextInt(3));
        }
    },
    GREY("turned grey") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Images.tone(m, 1, 1, 0, 0, 0);
        }
    },
    BLUR("blurred (box blur, 1/60 of the width, three passes)") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            int k = Math.max(3, m.getWidth() / 60) | 1;
            float[] weights = new float[k];
            java.util.Arrays.fill(weights, 1f / k);
            BufferedImage out = m;
            for (int pass = 0; pass < 3; pass++) {
                out = new ConvolveOp(new Kernel(k, 1, weights), ConvolveOp.EDGE_NO_OP, null).filter(out, null);
                out = new ConvolveOp(new Kernel(1, k, weights), ConvolveOp.EDGE_NO_OP, null).filter(out, null);
            }
            return out;
        }
    },
    TEXT("large meme text drawn over the top and bottom") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            BufferedImage out = Images.copy(m);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            String[] words = { "WHEN YOU SEE IT", "NOBODY:", "ME AT 3 AM", "THIS IS FINE", "ONE DOES NOT SIMPLY", "SUCH WOW" };
            meme(g, words[r.nextInt(words.length)], out.getWidth(), out.getHeight() * 0.2, out.getHeight() * 0.04);
            meme(g, words[r.nextInt(words.length)], out.getWidth(), out.getHeight() * 0.2, out.getHeight() * 0.76);
            g.dispose();
            return out;
        }
    },
    SCREENSHOT("shown in a window with chrome and a caption") {
        @Override
        BufferedImage apply(BufferedImage m, Random r) {
            return Screenshot.of(m, r);
        }
    };

    final String description;

    Change(String description) {
        this.description = description;
    }

    abstract BufferedImage apply(BufferedImage master, Random random);

    static BufferedImage jpeg(BufferedImage image, float quality) {
        try {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(Images.copy(image), null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A crop of 33-50 % of the area, aspect within 20 % of the original's, centred at (cx, cy) as far as it fits. */
    static BufferedImage crop(BufferedImage m, double cx, double cy, Random r) {
        double area = 0.33 + 0.17 * r.nextDouble();
        double aspect = 0.8 + 0.4 * r.nextDouble();
        double fw = Math.min(1, Math.sqrt(area * aspect));
        double fh = Math.min(1, area / fw);
        int w = (int) Math.round(fw * m.getWidth());
        int h = (int) Math.round(fh * m.getHeight());
        int x = (int) Math.round(Math.max(0, Math.min(m.getWidth() - w, cx * m.getWidth() - w / 2.0)));
        int y = (int) Math.round(Math.max(0, Math.min(m.getHeight() - h, cy * m.getHeight() - h / 2.0)));
        return Images.copy(m.getSubimage(x, y, w, h));
    }

    static void meme(Graphics2D g, String text, int width, double height, double top) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        double scale = Math.min(width * 0.9 / layout.getBounds().getWidth(), height / layout.getBounds().getHeight());
        AffineTransform t = new AffineTransform();
        t.translate((width - layout.getBounds().getWidth() * scale) / 2, top + height * 0.9);
        t.scale(scale, scale);
        Shape outline = layout.getOutline(t);
        g.setComposite(AlphaComposite.SrcOver);
        g.setStroke(new BasicStroke((float) Math.max(2, height / 12)));
        g.setColor(Color.BLACK);
        g.draw(outline);
        g.setColor(Color.WHITE);
        g.fill(outline);
    }
}
