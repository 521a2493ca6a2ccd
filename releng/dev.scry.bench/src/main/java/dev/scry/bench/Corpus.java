package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * The pictures of the benchmark: originals (each also kept as a master copy of at most 1024 px, from
 * which queries are made) and distractors, all indexed at most 512 px on the longer side as Scry's
 * indexer decodes them. Pictures that are the same as one already taken (another size of the same
 * wallpaper) are left out, so each query has one right answer.
 */
final class Corpus {
    static final int MASTER_SIDE = 1024;
    static final int INDEX_SIDE = 512;

    record Picture(String name, BufferedImage master, BufferedImage indexed, boolean original) {
    }

    final List<Picture> pictures = new ArrayList<>();
    private final List<float[]> thumbnails = new ArrayList<>();
    int duplicates;
    int unreadable;
    /** Pictures of one colour, which have nothing to find them by. */
    int blank;

    void add(Path folder, boolean originals, int quadrants) throws IOException {
        for (Path file : files(folder)) {
            BufferedImage image;
            try {
                image = ImageIO.read(file.toFile());
            } catch (IOException | RuntimeException e) {
                image = null;
            }
            if (image == null || image.getWidth() < 64 || image.getHeight() < 64) {
                unreadable++;
                continue;
            }
            String name = folder.relativize(file).toString();
            BufferedImage master = Images.fit(image, MASTER_SIDE);
            take(name, master, originals);
            if (quadrants > 0) {
                int w = master.getWidth() / 2;
                int h = master.getHeight() / 2;
                for (int q = 0; q < Math.min(4, quadrants); q++) {
                    take(name + "#" + q, Images.copy(master.getSubimage(q % 2 * w, q / 2 * h, w, h)), false);
                }
            }
        }
    }

    private void take(String name, BufferedImage master, boolean original) {
        float[] thumbnail = thumbnail(master);
        if (thumbnail == null) {
            blank++;
            return;
        }
        for (float[] other : thumbnails) {
            if (correlation(thumbnail, other) > 0.97) {
                duplicates++;
                return;
            }
        }
        thumbnails.add(thumbnail);
        pictures.add(new Picture(name, master, Images.fit(master, INDEX_SIDE), original));
    }

    List<Picture> originals() {
        return pictures.stream().filter(Picture::original).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".webp");
            }).sorted().toList();
        }
    }

    /** Brightness on 16 x 16 cells, standardised; null for a picture of (nearly) one brightness. */
    static float[] thumbnail(BufferedImage image) {
        BufferedImage small = Images.scaled(image, 16, 16);
        float[] t = new float[256];
        double mean = 0;
        for (int i = 0; i < 256; i++) {
            int rgb = small.getRGB(i % 16, i / 16);
            t[i] = (float) (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
            mean += t[i] / 256;
        }
        double sd = 0;
        for (int i = 0; i < 256; i++) {
            t[i] -= (float) mean;
            sd += t[i] * t[i];
        }
        if (sd / 256 < 1) {
            return null;
        }
        sd = Math.sqrt(sd);
        for (int i = 0; i < 256; i++) {
            t[i] /= (float) sd;
        }
        return t;
    }

    static double correlation(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
