package dev.scry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ContentHash;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;

/**
 * Where the CPU of indexing a picture goes with OCR off, on one thread: hashing the file, decoding it as
 * the visual pass does ({@code ImageLoader} at 512 px), and the fingerprint's picture and region vectors.
 * Figures only: CPU milliseconds a picture for each step (thread CPU time, so a loaded machine changes
 * them less than wall time).
 *
 * <p>Usage: {@code DecodeBench FOLDER [COUNT]} (the first COUNT JPEGs under FOLDER, sorted; default 200).
 */
public final class DecodeBench {
    private DecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(count).toList();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ImageLoader loader = new ImageLoader(512);
        FingerprintEncoder encoder = new FingerprintEncoder();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long hash = 0;
            long decode = 0;
            long encode = 0;
            long pixels = 0;
            for (Path file : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                ContentHash.of(file);
                long t1 = cpu.getCurrentThreadCpuTime();
                LoadedImage image = loader.load(file);
                long t2 = cpu.getCurrentThreadCpuTime();
                encoder.encode(image.pixels());
                encoder.regions(image.pixels());
                long t3 = cpu.getCurrentThreadCpuTime();
                hash += t1 - t0;
                decode += t2 - t1;
                encode += t3 - t2;
                pixels += (long) image.width() * image.height();
            }
            if (round == 1) {
                int n = files.size();
                System.out.printf(Locale.ROOT, "%d pictures (%.1f MP on average), CPU ms a picture: hash %.1f, decode %.1f, fingerprint %.1f,"
                        + " total %.1f%n", n, pixels / 1e6 / n, hash / 1e6 / n, decode / 1e6 / n, encode / 1e6 / n,
                        (hash + decode + encode) / 1e6 / n);
            }
        }
    }
}
