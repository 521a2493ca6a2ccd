package dev.scry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.scry.encoder.clip.ClipModel;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.OnnxImageEncoder;
import dev.scry.encoder.clip.OnnxTextEncoder;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.PictureSize;

/**
 * Speed of a real-size CLIP model in Scry (releng/bench/clip.sh): towers with ViT-B/32's architecture
 * and random weights (clip_towers.py), run through Scry's own ClipModel, encoders, tokenizer and
 * ImageLoader. Prints, in this order so the first figure is truly cold: process start to the first
 * text embedding (and the model load within it), text-query encode p50/p95 once warm, and pictures/s
 * for indexing (decode of the JPEG included) at each batch size. Figures only; it asserts nothing.
 *
 * <pre>ClipBench MODEL_DIR PHOTO_DIR [--batches 1,2,4,8] [--pictures 24] [--queries 40] [--threads 0]</pre>
 * MODEL_DIR holds model.properties, visual.onnx, textual.onnx and the BPE vocabulary.
 */
public final class ClipBench {
    private static final String[] PHRASES = { "a dog in the snow", "sunset over the beach", "red flowers", "a city at night",
            "two people riding bicycles on a mountain road", "an old wooden boat", "snowy mountains under a blue sky", "a cat",
            "a bowl of fruit on a kitchen table", "fireworks", "a lighthouse on a rocky coast in the fog", "autumn leaves",
            "a crowded market street in the rain with umbrellas", "a child flying a kite", "green hills", "a red car" };

    public static void main(String[] args) throws Exception {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path modelDir = Path.of(args[0]);
        Path photos = Path.of(args[1]);
        int[] batches = { 1, 2, 4, 8 };
        int pictures = 24;
        int queries = 40;
        int threads = 0;
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--batches" -> batches = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--pictures" -> pictures = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ModelDescriptor descriptor = ModelDescriptor.read(modelDir.resolve(ModelDescriptor.FILE_NAME));
        try (ClipModel model = new ClipModel(descriptor, modelDir, threads)) {
            OnnxTextEncoder text = new OnnxTextEncoder(model);
            long t0 = System.nanoTime();
            model.openText();
            long loaded = System.nanoTime();
            text.encode("a photo of a dog");
            long first = System.nanoTime();
            long sinceStart = System.currentTimeMillis() - processStart;
            System.out.printf(Locale.ROOT, "cold first query: %d ms from process start to the first text embedding"
                    + " (text model load and vocabulary %.0f ms, first encode %.0f ms)%n", sinceStart, ms(loaded - t0), ms(first - loaded));

            double[] times = new double[queries];
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                text.encode(PHRASES[i % PHRASES.length] + (i >= PHRASES.length ? " " + i : ""));
                times[i] = ms(System.nanoTime() - s);
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "text query encode, warm (%d queries): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", queries,
                    percentile(times, 50), percentile(times, 95), times[times.length - 1]);

            List<Path> files = photos(photos, pictures);
            OnnxImageEncoder images = new OnnxImageEncoder(model);
            PictureSize size = images.inputSize().orElseThrow();
            ImageLoader loader = new ImageLoader(512);
            long v0 = System.nanoTime();
            images.encode(loader.load(files.get(0), List.of(size)).pixels(size)); // opens the visual model
            System.out.printf(Locale.ROOT, "visual model load and first picture: %.0f ms; batch limit of the model: %d%n",
                    ms(System.nanoTime() - v0), model.maxBatch());
            long pixels = 0;
            for (Path f : files) {
                LoadedImage image = loader.load(f);
                pixels += (long) image.width() * image.height();
            }
            System.out.printf(Locale.ROOT, "%d JPEG pictures, %.2f megapixels on average%n", files.size(), pixels / 1e6 / files.size());
            double best = 0;
            int bestBatch = 0;
            for (int batch : batches) {
                if (batch > model.maxBatch()) {
                    continue;
                }
                long s = System.nanoTime();
                long decoding = 0;
                for (int start = 0; start < files.size(); start += batch) {
                    long d = System.nanoTime();
                    List<java.awt.image.BufferedImage> inputs = new ArrayList<>();
                    for (Path f : files.subList(start, Math.min(files.size(), start + batch))) {
                        inputs.add(loader.load(f, List.of(size)).pixels(size));
                    }
                    decoding += System.nanoTime() - d;
                    images.encodeAll(inputs);
                }
                double seconds = (System.nanoTime() - s) / 1e9;
                double rate = files.size() / seconds;
                System.out.printf(Locale.ROOT, "indexing with the model, batch %d: %.2f pictures/s (decode and resize %.0f ms a picture,"
                        + " model %.0f ms a picture)%n", batch, rate, ms(decoding) / files.size(), (seconds * 1e3 - ms(decoding)) / files.size());
                if (rate > best) {
                    best = rate;
                    bestBatch = batch;
                }
            }
            System.out.printf(Locale.ROOT, "best batch: %d (%.2f pictures/s)%n", bestBatch, best);
        }
    }

    private static List<Path> photos(Path dir, int n) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted().toList();
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no .jpg pictures in " + dir);
            }
            List<Path> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chosen.add(all.get(i % all.size()));
            }
            return chosen;
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
