package dev.scry.ocr.bench;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.TextBlock;

import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;

/**
 * Generates pictures with known text (Chinese and English lines in several fonts and sizes on plain,
 * gradient and photo backgrounds), reads them with Scry's OCR and with RapidOcr-Java (the same PP-OCRv4
 * models in C++ through JNI) in the same run, and prints character error rate, the share of pictures in
 * which a typed sub-phrase is found, the share of English words read as whole words (spaces kept), and
 * pictures per second. No assertions: these are figures.
 *
 * <p>Usage: {@code OcrBench [--out DIR] [--photos DIR] [--count N] [--threads T] [--passes P]}
 */
public final class OcrBench {
    /** The report goes to stderr: the peer's native library prints a line per picture on stdout. */
    private static final java.io.PrintStream OUT = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            java.nio.charset.StandardCharsets.UTF_8);

    private static final String[] ENGLISH = {
            "invoice 0x80070005", "Total due: 42.50 EUR", "Gate B12 closes at 18:45", "Platform 3 to Cambridge",
            "Quarterly revenue grew 17%", "ONE DOES NOT SIMPLY", "Order #58213 shipped", "Meeting moved to Tuesday 10am",
            "Keep calm and carry on", "Error 404: page not found", "Free WiFi password sunflower22", "Exit only",
            "Fresh coffee and bagels", "Flight LH 2471 to Munich", "Seat 14C Boarding Group 2", "Thank you for shopping with us",
            "Subtotal 18.99", "Road closed ahead", "Next slide: roadmap 2027", "Battery 87% charged",
            "Please keep the door closed", "Happy birthday Anna", "Best before 2026-12-31", "Parking level P2 row F",
            "Install failed with code 1603", "Welcome to Lisbon", "Ticket valid until midnight", "Room 305 Conference B",
            "Loss function vs epochs", "Mind the gap" };
    private static final String[] CHINESE = {
            "上海虹桥", "北京南站 G12 次列车", "欢迎光临", "营业时间 9:00-21:00", "请勿吸烟", "发票号码 04418920",
            "合计 128.50 元", "安全出口", "小心地滑", "会议室在三楼东侧", "今日特价 牛肉面", "请排队候车", "禁止停车",
            "第二季度销售额增长百分之十七", "谢谢惠顾 欢迎再次光临", "电话 021-6234 5678", "深圳湾公园", "请保持安静",
            "外卖自取处", "本店支持微信支付", "检票口 A8", "座位号 12车 07F", "生日快乐", "开往杭州东", "停车场入口",
            "儿童票半价", "注意安全", "广州塔观光层", "下一站 人民广场", "春眠不觉晓 处处闻啼鸟" };
    private static final String[] LATIN_FONTS = { "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Nimbus Sans", "Nimbus Roman",
            "URW Bookman", "C059", "P052", "URW Gothic", "Nimbus Sans Narrow" };
    private static final String[] CJK_FONTS = { "Noto Sans CJK SC", "Noto Serif CJK SC", "Droid Sans Fallback", "Noto Sans Mono CJK SC" };
    private static final int[] SIZES = { 16, 20, 24, 30, 38, 48 };
    private static final int[][] FRAMES = { { 960, 540 }, { 800, 600 }, { 1024, 768 }, { 640, 480 } };

    record Sample(Path file, String language, String background, String font, int size, List<String> lines, String phrase) {
        String truth() {
            return String.join("", lines);
        }
    }

    /** One engine: its name and how it reads one file into lines in reading order. */
    interface Engine extends AutoCloseable {
        String name();

        List<String> read(Path file) throws Exception;

        @Override
        default void close() {
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.getOrDefault("out", "/tmp/scry-ocr-bench"));
        Path photos = Path.of(options.getOrDefault("photos", "/tmp/scry-photos/photos"));
        int count = Integer.parseInt(options.getOrDefault("count", "90"));
        int threads = Integer.parseInt(options.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        int passes = Integer.parseInt(options.getOrDefault("passes", "2"));

        OUT.println("load average at the start: " + loadAverage());
        List<Sample> samples = generate(out, photos, count, new Random(6));
        OUT.printf(Locale.ROOT, "%d pictures in %s (%d zh, %d en; %s); %d threads per engine, %d passes, pictures alternating between the engines%n",
                samples.size(), out, samples.stream().filter(s -> s.language.equals("zh")).count(),
                samples.stream().filter(s -> s.language.equals("en")).count(),
                samples.stream().collect(Collectors.groupingBy(Sample::background, TreeMap::new, Collectors.counting())), threads, passes);

        try (Engine scry = scry(threads); Engine peer = peer(threads)) {
            List<Engine> engines = List.of(scry, peer);
            Map<Engine, List<List<String>>> outputs = new LinkedHashMap<>();
            Map<Engine, double[]> seconds = new LinkedHashMap<>();
            for (Engine e : engines) {
                e.read(samples.get(0).file); // warm-up: sessions created, first-run allocations done
                seconds.put(e, new double[passes]);
            }
            // Pictures alternate between the engines (who goes first alternates too), so a busy neighbour
            // on the machine slows both alike.
            for (Engine e : engines) {
                List<List<String>> empty = new ArrayList<>();
                samples.forEach(s -> empty.add(List.of()));
                outputs.put(e, empty);
            }
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < samples.size(); i++) {
                    for (int k = 0; k < engines.size(); k++) {
                        Engine e = engines.get((i + pass + k) % engines.size());
                        long start = System.nanoTime();
                        List<String> lines = e.read(samples.get(i).file);
                        seconds.get(e)[pass] += (System.nanoTime() - start) / 1e9;
                        outputs.get(e).set(i, lines);
                    }
                }
            }
            OUT.println();
            OUT.printf(Locale.ROOT, "%-26s %8s %8s %8s %10s %9s %12s %s%n", "engine", "CER", "CER zh", "CER en", "found", "en words", "pictures/s",
                    "CER plain/gradient/photo");
            for (Engine e : engines) {
                report(e.name(), samples, outputs.get(e), seconds.get(e));
            }
            for (Engine e : engines) {
                OUT.printf(Locale.ROOT, "%-26s seconds per pass: %s%n", e.name(), Arrays.stream(seconds.get(e))
                        .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(" ")));
            }
            OUT.println("load average at the end: " + loadAverage());
            if (options.containsKey("verbose")) {
                for (int i = 0; i < samples.size(); i++) {
                    Sample s = samples.get(i);
                    OUT.printf("%s [%s %s %s %d] phrase \"%s\"%n  truth: %s%n", s.file.getFileName(), s.language, s.background, s.font,
                            s.size, s.phrase, s.lines);
                    for (Engine e : engines) {
                        boolean found = normalise(String.join("", outputs.get(e).get(i))).toLowerCase(Locale.ROOT)
                                .contains(normalise(s.phrase).toLowerCase(Locale.ROOT));
                        OUT.printf("  %-5s: %s%s%n", e.name().split(" ")[0], outputs.get(e).get(i), found ? "" : "   (phrase not found)");
                    }
                }
            }
        }
    }

    private static void report(String name, List<Sample> samples, List<List<String>> outputs, double[] seconds) {
        long[] errors = new long[1];
        long[] length = new long[1];
        Map<String, long[]> byGroup = new TreeMap<>();
        int found = 0;
        long[] words = new long[2];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            String truth = normalise(s.truth());
            String read = normalise(String.join("", outputs.get(i)));
            int d = distance(truth, read);
            int n = truth.codePointCount(0, truth.length());
            errors[0] += d;
            length[0] += n;
            for (String group : List.of(s.language, s.background)) {
                long[] g = byGroup.computeIfAbsent(group, k -> new long[2]);
                g[0] += d;
                g[1] += n;
            }
            if (s.language.equals("en")) {
                List<String> tokens = outputs.get(i).stream().flatMap(l -> Arrays.stream(l.strip().split("\\s+"))).toList();
                for (String line : s.lines) {
                    for (String word : line.split(" ")) {
                        words[1]++;
                        if (tokens.contains(word)) {
                            words[0]++;
                        }
                    }
                }
            }
            if (read.toLowerCase(Locale.ROOT).contains(normalise(s.phrase).toLowerCase(Locale.ROOT))) {
                found++;
            }
        }
        double best = Arrays.stream(seconds).min().orElseThrow();
        double mean = Arrays.stream(seconds).average().orElseThrow();
        OUT.printf(Locale.ROOT, "%-26s %7.2f%% %7.2f%% %7.2f%% %9.1f%% %8.1f%% %5.2f (best %.2f) %.2f%%/%.2f%%/%.2f%%%n", name,
                100.0 * errors[0] / length[0], rate(byGroup, "zh"), rate(byGroup, "en"), 100.0 * found / samples.size(),
                words[1] == 0 ? Double.NaN : 100.0 * words[0] / words[1],
                samples.size() / mean, samples.size() / best, rate(byGroup, "plain"), rate(byGroup, "gradient"), rate(byGroup, "photo"));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double rate(Map<String, long[]> groups, String key) {
        long[] g = groups.get(key);
        return g == null || g[1] == 0 ? Double.NaN : 100.0 * g[0] / g[1];
    }

    /** Compatibility forms folded (full-width punctuation and digits), all whitespace removed. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    /** Top to bottom by the box's top edge, then left to right within 10 pixels, for both engines alike. */
    private static List<String> readingOrder(List<double[]> tops, List<String> texts) {
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> tops.get(i)[1]));
        for (int i = 0; i < order.length - 1; i++) {
            for (int j = i; j >= 0; j--) {
                double[] a = tops.get(order[j]);
                double[] b = tops.get(order[j + 1]);
                if (Math.abs(b[1] - a[1]) < 10 && b[0] < a[0]) {
                    Integer t = order[j];
                    order[j] = order[j + 1];
                    order[j + 1] = t;
                } else {
                    break;
                }
            }
        }
        return Arrays.stream(order).map(texts::get).toList();
    }

    private static Engine scry(int threads) {
        OcrReader reader = new OcrReader(threads);
        return new Engine() {
            @Override
            public String name() {
                return "Scry (Java, ORT " + ai.onnxruntime.OrtEnvironment.class.getPackage().getImplementationVersion() + ")";
            }

            @Override
            public List<String> read(Path file) throws Exception {
                BufferedImage image = ImageIO.read(file.toFile());
                List<TextLine> lines = reader.read(image);
                return readingOrder(lines.stream().map(l -> new double[] { l.box()[0].getX(), l.box()[0].getY() }).toList(),
                        lines.stream().map(TextLine::text).toList());
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    private static Engine peer(int threads) {
        InferenceEngine engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(threads, -1));
        return new Engine() {
            @Override
            public String name() {
                return "RapidOcr-Java 0.0.7 (C++)";
            }

            @Override
            public List<String> read(Path file) {
                OcrResult result = engine.runOcr(file.toString());
                List<TextBlock> blocks = result.getTextBlocks();
                return readingOrder(blocks.stream().map(b -> {
                    var p = b.getBoxPoint().get(0);
                    return new double[] { p.getX(), p.getY() };
                }).toList(), blocks.stream().map(TextBlock::getText).toList());
            }
        };
    }

    // ---------------------------------------------------------------- generation

    static List<Sample> generate(Path out, Path photoDir, int count, Random random) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(p);
            }
        }
        List<Path> photos = new ArrayList<>();
        if (Files.isDirectory(photoDir)) {
            try (Stream<Path> files = Files.list(photoDir)) {
                files.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)$")).sorted().forEach(photos::add);
            }
        }
        if (photos.isEmpty()) {
            OUT.println("note: no photos in " + photoDir + " (run releng/bench/photos.sh); photo backgrounds are skipped");
        }
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<String> latin = Arrays.stream(LATIN_FONTS).filter(installed::contains).toList();
        List<String> cjk = Arrays.stream(CJK_FONTS).filter(installed::contains)
                .filter(f -> new Font(f, Font.PLAIN, 20).canDisplayUpTo(String.join("", CHINESE)) == -1).toList();
        if (cjk.isEmpty()) {
            throw new IllegalStateException("no CJK font installed: apt-get install fonts-noto-cjk");
        }
        String[] backgrounds = photos.isEmpty() ? new String[] { "plain", "gradient" } : new String[] { "plain", "gradient", "photo" };
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String language = i % 2 == 0 ? "zh" : "en";
            String background = backgrounds[(i / 2) % backgrounds.length];
            List<String> fonts = language.equals("zh") ? cjk : latin;
            String family = fonts.get(random.nextInt(fonts.size()));
            int style = language.equals("en") && random.nextInt(4) == 0 ? (random.nextBoolean() ? Font.BOLD : Font.ITALIC) : Font.PLAIN;
            int size = SIZES[random.nextInt(SIZES.length)];
            int[] frame = FRAMES[random.nextInt(FRAMES.length)];
            String[] pool = language.equals("zh") ? CHINESE : ENGLISH;
            int lineCount = 1 + random.nextInt(3);
            List<String> lines = new ArrayList<>();
            while (lines.size() < lineCount) {
                String line = pool[random.nextInt(pool.length)];
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
            BufferedImage image = background(background, frame[0], frame[1], photos, random);
            Font font = new Font(family, style, size);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics metrics = g.getFontMetrics(font);
            int widest = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
            while (widest > frame[0] - 60 && size > 12) {
                size -= 2;
                font = font.deriveFont((float) size);
                metrics = g.getFontMetrics(font);
                widest = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
            }
            g.setFont(font);
            // a third of the pictures have their lines slightly turned, as in photos of signs and screens
            boolean slanted = random.nextInt(3) == 0;
            double angle = (random.nextDouble() * 2 - 1) * 5;
            int lineHeight = (int) (metrics.getHeight() * ((slanted ? 1.8 : 1.4) + random.nextDouble()));
            int blockHeight = lineHeight * lines.size();
            int rise = slanted ? (int) Math.ceil(widest * Math.sin(Math.toRadians(Math.abs(angle)))) : 0;
            int y = 30 + rise + random.nextInt(Math.max(1, frame[1] - blockHeight - 60 - 2 * rise));
            for (String line : lines) {
                int width = metrics.stringWidth(line);
                int x = 30 + random.nextInt(Math.max(1, frame[0] - width - 60));
                Color ink = ink(image, x, y, width, metrics.getHeight(), background, random);
                if (slanted) {
                    g.rotate(Math.toRadians(angle), x, y + metrics.getAscent());
                }
                if (background.equals("photo") && random.nextBoolean()) {
                    Color shadow = luminance(ink) > 128 ? new Color(0, 0, 0, 140) : new Color(255, 255, 255, 140);
                    g.setColor(shadow);
                    g.drawString(line, x + Math.max(1, size / 16), y + metrics.getAscent() + Math.max(1, size / 16));
                }
                g.setColor(ink);
                g.drawString(line, x, y + metrics.getAscent());
                g.setTransform(new java.awt.geom.AffineTransform());
                y += lineHeight;
            }
            g.dispose();
            String phrase = phrase(lines, language, random);
            boolean jpeg = background.equals("photo");
            Path file = out.resolve(String.format(Locale.ROOT, "%03d-%s-%s.%s", i, language, background, jpeg ? "jpg" : "png"));
            ImageIO.write(image, jpeg ? "jpg" : "png", file.toFile());
            samples.add(new Sample(file, language, background, family + (style == Font.BOLD ? " Bold" : style == Font.ITALIC ? " Italic" : "")
                    + (slanted ? String.format(Locale.ROOT, " turned %.1f°", angle) : ""), size, List.copyOf(lines), phrase));
        }
        return samples;
    }

    /** A sub-phrase a person would type: an English word of four letters or more, or two to four Chinese characters. */
    private static String phrase(List<String> lines, String language, Random random) {
        String line = lines.get(random.nextInt(lines.size()));
        if (language.equals("en")) {
            List<String> words = Arrays.stream(line.split("[^A-Za-z0-9]+")).filter(w -> w.length() >= 4).toList();
            return words.isEmpty() ? line : words.get(random.nextInt(words.size()));
        }
        List<String> runs = Arrays.stream(line.split("[^\\p{IsHan}]+")).filter(r -> r.length() >= 2).toList();
        String run = runs.isEmpty() ? line : runs.get(random.nextInt(runs.size()));
        int length = Math.min(run.length(), 2 + random.nextInt(3));
        int start = random.nextInt(run.length() - length + 1);
        return run.substring(start, start + length);
    }

    private static BufferedImage background(String kind, int w, int h, List<Path> photos, Random random) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        switch (kind) {
            case "plain" -> {
                boolean dark = random.nextInt(5) == 0;
                g.setColor(dark ? new Color(random.nextInt(60), random.nextInt(60), random.nextInt(80))
                        : new Color(200 + random.nextInt(56), 200 + random.nextInt(56), 190 + random.nextInt(66)));
                g.fillRect(0, 0, w, h);
            }
            case "gradient" -> {
                Color a = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
                Color b = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
                g.setPaint(new GradientPaint(random.nextInt(w), 0, a, random.nextInt(w), h, b));
                g.fillRect(0, 0, w, h);
            }
            default -> {
                BufferedImage photo = ImageIO.read(photos.get(random.nextInt(photos.size())).toFile());
                double scale = Math.max((double) w / photo.getWidth(), (double) h / photo.getHeight()) * (1 + random.nextDouble());
                int sw = (int) Math.ceil(photo.getWidth() * scale);
                int sh = (int) Math.ceil(photo.getHeight() * scale);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setComposite(AlphaComposite.Src);
                g.drawImage(photo, -random.nextInt(Math.max(1, sw - w)), -random.nextInt(Math.max(1, sh - h)), sw, sh, null);
            }
        }
        g.dispose();
        return image;
    }

    /** Dark ink on light ground and light ink on dark ground, judged on the pixels the line will cover. */
    private static Color ink(BufferedImage image, int x, int y, int w, int h, String background, Random random) {
        double sum = 0;
        int n = 0;
        for (int yy = Math.max(0, y); yy < Math.min(image.getHeight(), y + h); yy += 2) {
            for (int xx = Math.max(0, x); xx < Math.min(image.getWidth(), x + w); xx += 2) {
                sum += luminance(new Color(image.getRGB(xx, yy)));
                n++;
            }
        }
        double mean = n == 0 ? 255 : sum / n;
        if (mean > 128) {
            return new Color(random.nextInt(50), random.nextInt(50), random.nextInt(90));
        }
        return new Color(225 + random.nextInt(31), 225 + random.nextInt(31), 200 + random.nextInt(56));
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
