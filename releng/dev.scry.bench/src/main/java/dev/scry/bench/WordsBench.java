package dev.scry.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.IndexSchema;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;

/**
 * Word search on pictures with known text: renders invoices, signs, notices and screenshots in English and
 * Chinese (several fonts and sizes, plain, gradient and photo backgrounds, the photo ones as JPEG q35-55),
 * reads them with Scry's PP-OCRv4 reader, indexes the words as the library does, then types every word of
 * three or more letters (English) and two to four characters of every Chinese run, and counts how often the
 * picture is in the top 5 (the top m when m &gt; 5 pictures carry the word, as the sentences repeat): with
 * Scry's word search now, and with whole words only (what index format 2 matched). Figures only, no
 * assertions.
 *
 * Every picture goes through the text-presence gate first ({@link OcrReader#mayHoldText}), as indexing does:
 * one that fails it gets no words; the gate's recall on these pictures, and how many of the photos without
 * text in {@code --no-text DIR} (the first {@code --no-text-count} JPEGs, decoded as indexing decodes them)
 * it lets through, are printed ({@code --sweep 1}: the text pixels at 256 and 384 px too, to choose its figures;
 * {@code --gate-only 1}: the gate's figures alone, without the full reading).
 *
 * <p>Usage: {@code WordsBench [--count 90] [--photos DIR] [--seed 14] [--verbose 1] [--no-text DIR] [--no-text-count 200] [--sweep 1] [--gate-only 1]}
 */
public final class WordsBench {
    private static final String[] ENGLISH = { "Invoice total 1,284.50 EUR", "Do not feed the ducks", "Deadline Friday",
            "Payment due within 30 days", "Amount paid 86.20 USD", "Thank you for your order", "Please keep the door closed",
            "Staff only beyond this point", "Wet paint do not touch", "Emergency exit keep clear", "Meeting moved to Tuesday 10am",
            "Quarterly revenue grew 17%", "Install failed with code 1603", "Your password expires tomorrow", "Battery low connect charger",
            "Platform 3 to Cambridge", "Free WiFi password sunflower22", "Order #58213 shipped", "Road closed ahead", "Best before 2026-12-31",
            "No parking on weekdays", "Visitors must sign in at reception", "Swimming pool closed for cleaning", "Fresh coffee and bagels",
            "Lost cat answers to Whiskers", "Reply to all before noon", "Download complete open folder", "Customer number 4471902",
            "Balance carried forward", "Keep off the grass" };
    private static final String[] CHINESE = { "上海虹桥", "北京南站 G12 次列车", "欢迎光临", "营业时间 9:00-21:00", "请勿吸烟", "发票号码 04418920",
            "合计 128.50 元", "安全出口", "小心地滑", "会议室在三楼东侧", "今日特价 牛肉面", "请排队候车", "禁止停车", "第二季度销售额增长百分之十七",
            "谢谢惠顾 欢迎再次光临", "深圳湾公园", "请保持安静", "外卖自取处", "本店支持微信支付", "检票口 A8", "生日快乐", "开往杭州东", "停车场入口",
            "儿童票半价", "注意安全", "广州塔观光层", "下一站 人民广场", "付款金额 356 元", "订单已发货", "密码明天到期" };
    private static final String[] LATIN_FONTS = { "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "DejaVu Sans Condensed",
            "DejaVu Serif Condensed", "DejaVu Sans Light", "Noto Sans CJK SC", "Noto Serif CJK SC" };
    private static final String[] CJK_FONTS = { "Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans Mono CJK SC" };
    private static final int[] SIZES = { 16, 20, 24, 30, 38, 48 };
    private static final int[][] FRAMES = { { 960, 540 }, { 800, 600 }, { 1024, 768 }, { 640, 480 } };

    record Sample(String id, String language, String background, List<String> lines) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int count = Integer.parseInt(options.getOrDefault("count", "90"));
        Path photoDir = Path.of(options.getOrDefault("photos", "/tmp/scry-photos/photos"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "14")));
        boolean verbose = options.containsKey("verbose");
        List<Path> photos = new ArrayList<>();
        if (Files.isDirectory(photoDir)) {
            try (var files = Files.list(photoDir)) {
                files.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)$")).sorted().forEach(photos::add);
            }
        }
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<String> latin = Arrays.stream(LATIN_FONTS).filter(installed::contains).toList();
        List<String> cjk = Arrays.stream(CJK_FONTS).filter(installed::contains).toList();
        if (latin.isEmpty() || cjk.isEmpty()) {
            throw new IllegalStateException("needs DejaVu and Noto CJK fonts: apt-get install fonts-dejavu fonts-noto-cjk");
        }
        String[] backgrounds = photos.isEmpty() ? new String[] { "plain", "gradient" } : new String[] { "plain", "gradient", "photo" };
        Path index = Files.createTempDirectory("scry-words-bench");
        boolean sweep = options.containsKey("sweep");
        boolean gateOnly = options.containsKey("gate-only");
        Path noText = options.containsKey("no-text") ? Path.of(options.get("no-text")) : null;
        TextGateFigures gate = new TextGateFigures();
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        OcrReader reader = new OcrReader();
        gate.reader(reader);
        try (ImageIndexWriter writer = ImageIndexWriter.open(index)) {
            for (int i = 0; i < count; i++) {
                String language = i % 2 == 0 ? "en" : "zh";
                String background = backgrounds[(i / 2) % backgrounds.length];
                String[] pool = language.equals("en") ? ENGLISH : CHINESE;
                List<String> lines = new ArrayList<>();
                int lineCount = 1 + random.nextInt(3);
                while (lines.size() < lineCount) {
                    String line = pool[random.nextInt(pool.length)];
                    if (!lines.contains(line)) {
                        lines.add(line);
                    }
                }
                List<String> fonts = language.equals("en") ? latin : cjk;
                BufferedImage image = render(lines, fonts.get(random.nextInt(fonts.size())), SIZES[random.nextInt(SIZES.length)],
                        FRAMES[random.nextInt(FRAMES.length)], background, photos, random);
                if (background.equals("photo")) {
                    image = ImageIO.read(new java.io.ByteArrayInputStream(jpeg(image, 0.35f + 0.2f * random.nextFloat())));
                }
                // as indexing does: the text-presence gate first, the full reading only for pictures that pass it
                boolean passed = reader.mayHoldText(image);
                String read = gateOnly ? "" : reader.read(image).stream().map(TextLine::text).collect(Collectors.joining("\n"));
                String words = passed ? read : "";
                gate.text(passed, !read.isEmpty(), sweep ? reader.textPixels(image, 256) : 0, sweep ? reader.textPixels(image, 384) : 0);
                Sample sample = new Sample(String.format(Locale.ROOT, "%03d", i), language, background, lines);
                samples.add(sample);
                if (verbose) {
                    System.out.println(sample.id() + " " + language + " " + background + ": " + lines + " -> " + words.replace('\n', '|'));
                }
                writer.put(new ImageRecord(sample.id(), List.of(new ImageRecord.Location(Path.of("/bench/" + sample.id() + ".png"), 0)), 1,
                        ImageFormat.PNG, image.getWidth(), image.getHeight(), Optional.empty(), Optional.empty(), 1, words, List.of(), true),
                        Map.of("fingerprint", new float[] { 1, i, 0 }));
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (noText != null) {
            gate.photos(noText, Integer.parseInt(options.getOrDefault("no-text-count", "200")), sweep);
        }
        if (gateOnly) { // the gate's figures only, without the full reading and the word search
            gate.print(System.out);
            reader.close();
            return;
        }
        Map<String, int[]> now = new TreeMap<>();
        Map<String, int[]> whole = new TreeMap<>();
        Map<String, int[]> pictures = new TreeMap<>();
        Random pick = new Random(7);
        try (ImageSearcher searcher = ImageSearcher.open(index); DirectoryReader lucene = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher plain = new IndexSearcher(lucene);
            for (Sample sample : samples) {
                List<String> typed = typed(sample);
                String one = typed.get(pick.nextInt(typed.size()));
                for (String word : typed) {
                    int top = Math.max(5, (int) samples.stream().filter(s -> carries(s, word)).count());
                    boolean found = searcher.text(word, top, 0, SearchFilter.NONE).stream().map(SearchHit::hash).anyMatch(sample.id()::equals);
                    boolean foundWhole = wholeWords(plain, word, top).contains(sample.id());
                    count(now, sample.language(), found);
                    count(whole, sample.language(), foundWhole);
                    if (word.equals(one)) {
                        count(pictures, sample.language() + " now", found);
                        count(pictures, sample.language() + " whole words", foundWhole);
                    }
                    if (verbose && !found) {
                        System.out.println("missed " + sample.id() + ": " + word);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d pictures (%d en, %d zh; %s), read in %.1f s%n", samples.size(),
                samples.stream().filter(s -> s.language().equals("en")).count(), samples.stream().filter(s -> s.language().equals("zh")).count(),
                samples.stream().collect(Collectors.groupingBy(Sample::background, TreeMap::new, Collectors.counting())), seconds);
        System.out.println("typed word -> its picture in the top 5 (top m if m > 5 pictures carry the word):");
        for (String language : List.of("en", "zh")) {
            System.out.printf(Locale.ROOT, "  %s, every word:  now %s   whole words only (format 2) %s%n", language, rate(now.get(language)),
                    rate(whole.get(language)));
            System.out.printf(Locale.ROOT, "  %s, one word per picture:  now %s   whole words only (format 2) %s%n", language,
                    rate(pictures.get(language + " now")), rate(pictures.get(language + " whole words")));
        }
        gate.print(System.out);
        reader.close();
    }

    private static void count(Map<String, int[]> counts, String key, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[hit ? 0 : 1]++;
    }

    private static String rate(int[] c) {
        return c == null ? "-" : String.format(Locale.ROOT, "%d of %d (%.1f %%)", c[0], c[0] + c[1], 100.0 * c[0] / (c[0] + c[1]));
    }

    /** Every English word of three or more letters or digits; for Chinese, a two to four character piece of each run. */
    static List<String> typed(Sample sample) {
        Set<String> words = new LinkedHashSet<>();
        Random random = new Random(sample.id().hashCode());
        for (String line : sample.lines()) {
            if (sample.language().equals("en")) {
                Arrays.stream(line.split("[^A-Za-z0-9]+")).filter(w -> w.length() >= 3).forEach(words::add);
            } else {
                for (String run : line.split("[^\\p{IsHan}]+")) {
                    if (run.length() >= 2) {
                        int length = Math.min(run.length(), 2 + random.nextInt(3));
                        int at = random.nextInt(run.length() - length + 1);
                        words.add(run.substring(at, at + length));
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /** Whether the text drawn on a picture has the word, as a word (English) or as characters (Chinese). */
    private static boolean carries(Sample sample, String word) {
        return sample.lines().stream().anyMatch(line -> sample.language().equals("en")
                ? Arrays.asList(line.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).contains(word.toLowerCase(Locale.ROOT))
                : line.contains(word));
    }

    /** The top pictures for a word matched as whole words in the full text only: every term of the word, BM25 order. */
    private static Set<String> wholeWords(IndexSearcher searcher, String word, int top) throws IOException {
        Analyzer analyzer = IndexSchema.analyzer();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, word.toLowerCase(Locale.ROOT))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                query.add(new TermQuery(new Term(IndexSchema.TEXT, term.toString())), Occur.MUST);
            }
            stream.end();
        }
        Set<String> found = new LinkedHashSet<>();
        for (ScoreDoc doc : searcher.search(query.build(), top).scoreDocs) {
            found.add(searcher.storedFields().document(doc.doc).get(IndexSchema.HASH));
        }
        return found;
    }

    private static BufferedImage render(List<String> lines, String family, int size, int[] frame, String background, List<Path> photos,
            Random random) throws IOException {
        BufferedImage image = new BufferedImage(frame[0], frame[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        boolean dark;
        switch (background) {
            case "plain" -> {
                dark = random.nextInt(5) == 0;
                g.setColor(dark ? new Color(20 + random.nextInt(40), 20 + random.nextInt(40), 30 + random.nextInt(50))
                        : new Color(215 + random.nextInt(41), 215 + random.nextInt(41), 205 + random.nextInt(51)));
                g.fillRect(0, 0, frame[0], frame[1]);
            }
            case "gradient" -> {
                dark = random.nextBoolean();
                int base = dark ? 10 : 170;
                g.setPaint(new GradientPaint(0, 0, new Color(base + random.nextInt(70), base + random.nextInt(70), base + random.nextInt(70)),
                        frame[0], frame[1], new Color(base + random.nextInt(70), base + random.nextInt(70), base + random.nextInt(70))));
                g.fillRect(0, 0, frame[0], frame[1]);
            }
            default -> {
                BufferedImage photo = ImageIO.read(photos.get(random.nextInt(photos.size())).toFile());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(photo, 0, 0, frame[0], frame[1], null);
                dark = false;
            }
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = new Font(family, Font.PLAIN, size);
        FontMetrics metrics = g.getFontMetrics(font);
        while (lines.stream().mapToInt(metrics::stringWidth).max().orElse(0) > frame[0] - 60 && size > 12) {
            size -= 2;
            font = font.deriveFont((float) size);
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        int lineHeight = (int) (metrics.getHeight() * (1.5 + random.nextDouble()));
        int y = 30 + random.nextInt(Math.max(1, frame[1] - lineHeight * lines.size() - 60));
        for (String line : lines) {
            int width = metrics.stringWidth(line);
            int x = 30 + random.nextInt(Math.max(1, frame[0] - width - 60));
            if (background.equals("photo")) { // a band behind the text, as on signs and captions
                g.setColor(new Color(255, 255, 255, 150 + random.nextInt(80)));
                g.fillRect(x - size / 3, y, width + 2 * size / 3, metrics.getHeight() + size / 4);
            }
            g.setColor(dark ? new Color(225 + random.nextInt(31), 225 + random.nextInt(31), 215 + random.nextInt(41))
                    : new Color(random.nextInt(50), random.nextInt(50), random.nextInt(80)));
            g.drawString(line, x, y + metrics.getAscent() + size / 8);
            y += lineHeight;
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
