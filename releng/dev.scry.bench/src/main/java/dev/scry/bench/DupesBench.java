package dev.scry.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.image.ImageFormat;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageRecord;
import dev.scry.index.ImageSearcher;
import dev.scry.index.SimilarGroups;
import dev.scry.index.VectorStorage;

/**
 * Calibrates the duplicate finder on a labelled set: distinct originals (wallpapers from the folders
 * given, objects drawn on white, flat and low-detail pictures) and edited copies of each ({@link Edit}).
 * Two pictures of the same original are a duplicate pair (a near-duplicate pair unless one is a
 * {@link Edit#BURST} shot); pictures of different originals must never be grouped. The originals are
 * split into a training half and a test half, whose copies are made with different seeds. Every
 * picture is written to a file, decoded as Scry's indexer decodes (dev.scry.image, 512 px), encoded by
 * the fingerprint, indexed by dev.scry.index and grouped by {@link SimilarGroups}, the product's code.
 * Thresholds are chosen on the training half, then the test half is measured at the chosen thresholds
 * and at the product's defaults ({@code --min}, {@code --near}).
 *
 * <pre>usage: DupesBench FOLDER... [--min 90] [--near 97] [--edits 3] [--objects 48] [--flat 20]
 *        [--train-seed 1] [--test-seed 2] [--work DIR] [--verbose]</pre>
 */
public final class DupesBench {
    private static final String ENCODER = "fingerprint";
    private static final int MASTER_SIDE = 1024;
    private static final int DECODE_SIDE = 512;

    /** A picture of the set: which original it comes from, and how it was edited (null for the original). */
    record Item(String hash, int origin, String originName, Edit edit, Path file) {
    }

    private DupesBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        double min = 90;
        double near = 97;
        int edits = 3;
        int objects = 48;
        int flat = 20;
        long trainSeed = 1;
        long testSeed = 2;
        boolean verbose = false;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--min" -> min = Double.parseDouble(args[++i]);
            case "--near" -> near = Double.parseDouble(args[++i]);
            case "--edits" -> edits = Integer.parseInt(args[++i]);
            case "--objects" -> objects = Integer.parseInt(args[++i]);
            case "--flat" -> flat = Integer.parseInt(args[++i]);
            case "--train-seed" -> trainSeed = Long.parseLong(args[++i]);
            case "--test-seed" -> testSeed = Long.parseLong(args[++i]);
            case "--work" -> work = Path.of(args[++i]);
            case "--verbose" -> verbose = true;
            default -> folders.add(Path.of(args[i]));
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("scry-dupes-bench");
        }
        List<Original> wallpapers = wallpapers(folders, Files.createDirectories(work.resolve("masters")));
        List<List<Original>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < wallpapers.size(); i++) {
            halves.get(i % 2).add(wallpapers.get(i));
        }
        for (int h = 0; h < 2; h++) {
            for (int i = 0; i < objects / 2; i++) {
                long seed = 1000L * (h + 1) + i;
                halves.get(h).add(new Original("object-" + seed, DrawnPictures.objectOnWhite(seed), null));
            }
            for (int i = 0; i < flat / 2; i++) {
                long seed = 5000L * (h + 1) + i;
                halves.get(h).add(new Original("flat-" + seed, DrawnPictures.lowDetail(seed), null));
            }
        }
        System.out.printf(Locale.ROOT, "originals: %d wallpapers (after dropping other sizes of the same and one-colour pictures), %d objects on white, %d flat or low-detail; %d edited copies each%n",
                wallpapers.size(), objects / 2 * 2, flat / 2 * 2, edits);
        SetIndex train = SetIndex.build(work.resolve("train"), halves.get(0), edits, trainSeed);
        SetIndex test = SetIndex.build(work.resolve("test"), halves.get(1), edits, testSeed);
        System.out.printf(Locale.ROOT, "training half: %d originals, %d pictures (seed %d); test half: %d originals, %d pictures (seed %d)%n%n",
                halves.get(0).size(), train.items.size(), trainSeed, halves.get(1).size(), test.items.size(), testSeed);

        System.out.println("training half:");
        train.extremes(verbose);
        train.sweep();
        double[] chosen = train.choose();
        System.out.printf(Locale.ROOT, "chosen on the training half: minimum %.1f, near-duplicate %.1f%n%n", chosen[0], chosen[1]);
        System.out.println("training half at the chosen thresholds:");
        train.report(chosen[0], chosen[1], verbose);
        System.out.println();
        System.out.println("test half:");
        test.extremes(verbose);
        System.out.println("test half at the chosen thresholds:");
        test.report(chosen[0], chosen[1], verbose);
        System.out.printf(Locale.ROOT, "%ntest half at the product's defaults (minimum %.1f, near-duplicate %.1f):%n", min, near);
        test.report(min, near, verbose);
    }

    /** An original: a name, its master (at most 1024 px) and the file it came from, if any. */
    record Original(String name, BufferedImage master, Path file) {
    }

    /**
     * The wallpapers of the folders, decoded as Scry decodes them (at most 1024 px, transparent ones
     * flattened) and kept as PNG masters in {@code masters} for the next run; other sizes of one
     * wallpaper and one-colour ones left out. The master's PNG is the original of the set.
     */
    private static List<Original> wallpapers(List<Path> folders, Path masters) throws IOException {
        ImageLoader loader = new ImageLoader(MASTER_SIDE);
        List<Original> originals = new ArrayList<>();
        List<float[]> thumbnails = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                        .matches(".*\\.(jpe?g|png|webp)")).sorted().toList();
            }
            next: for (Path file : files) {
                Path cached = masters.resolve(folder.relativize(file).toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
                BufferedImage master;
                if (Files.exists(cached)) {
                    master = ImageIO.read(cached.toFile());
                } else {
                    try {
                        master = loader.load(file).pixels();
                    } catch (dev.scry.image.UnreadableImageException e) {
                        continue;
                    }
                    png(master, cached);
                }
                float[] thumbnail = Corpus.thumbnail(master);
                if (thumbnail == null) {
                    continue;
                }
                for (float[] other : thumbnails) {
                    if (Corpus.correlation(thumbnail, other) > 0.97) {
                        continue next;
                    }
                }
                thumbnails.add(thumbnail);
                originals.add(new Original(folder.relativize(file).toString(), master, cached));
            }
        }
        return originals;
    }

    /** One half of the set, written to files and indexed as a library. */
    static final class SetIndex {
        final List<Item> items = new ArrayList<>();
        final Map<String, Item> byHash = new HashMap<>();
        final Map<String, float[]> vectors = new HashMap<>();
        final Path index;
        private ImageSearcher searcher;
        private SimilarGroups similar;

        private SetIndex(Path index) {
            this.index = index;
        }

        /** The product's similarity of two pictures of the set. */
        double similarity(Item a, Item b) throws IOException {
            if (similar == null) {
                searcher = ImageSearcher.open(index);
                similar = new SimilarGroups(searcher, ENCODER);
            }
            return similar.similarity(a.hash(), b.hash());
        }

        static SetIndex build(Path folder, List<Original> originals, int edits, long seed) throws Exception {
            Path files = Files.createDirectories(folder.resolve("pictures"));
            SetIndex set = new SetIndex(folder.resolve("index"));
            Edit[] kinds = Edit.values();
            for (int o = 0; o < originals.size(); o++) {
                Original original = originals.get(o);
                Random random = new Random(seed * 1_000_003L + original.name().hashCode());
                Path file = original.file() != null ? original.file()
                        : png(original.master(), files.resolve(String.format(Locale.ROOT, "o%03d-original.png", o)));
                set.add(new Item(null, o, original.name(), null, file));
                for (int e = 0; e < edits; e++) {
                    Edit edit = kinds[Math.floorMod(o * edits + e + (int) seed, kinds.length)];
                    BufferedImage copy = edit.apply(original.master(), random);
                    set.add(new Item(null, o, original.name(), edit,
                            jpeg(copy, files.resolve(String.format(Locale.ROOT, "o%03d-%d-%s.jpg", o, e, edit.name().toLowerCase(Locale.ROOT))))));
                }
            }
            FingerprintEncoder encoder = new FingerprintEncoder();
            ImageLoader loader = new ImageLoader(DECODE_SIDE);
            try (ImageIndexWriter writer = ImageIndexWriter.openEmpty(set.index, VectorStorage.FLOAT32)) {
                for (Item item : set.items) {
                    LoadedImage image = loader.load(item.file());
                    float[] vector = encoder.encode(image.pixels());
                    set.vectors.put(item.hash(), vector);
                    List<float[]> regions = encoder.regions(image.pixels()).stream().map(dev.scry.encoder.RegionVector::vector).toList();
                    writer.put(new ImageRecord(item.hash(), List.of(new ImageRecord.Location(item.file(), 0)), Files.size(item.file()),
                            image.format(), image.width(), image.height(), Optional.empty(), Optional.empty(), 1, ""), Map.of(ENCODER, vector),
                            Map.of(ENCODER, regions));
                }
                writer.commit();
            }
            return set;
        }

        private void add(Item item) throws Exception {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(item.file())));
            Item hashed = new Item(hash, item.origin(), item.originName(), item.edit(), item.file());
            items.add(hashed);
            byHash.put(hash, hashed);
        }

        /** The most alike pair of different originals and the least alike pairs of one original, by edit. */
        void extremes(boolean verbose) throws IOException {
            double hardestGlobal = -1;
            String globalNegative = "";
            double hardestNegative = -1;
            String negative = "";
            Map<Edit, Double> weakest = new EnumMap<>(Edit.class);
            List<double[]> negatives = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    Item a = items.get(i);
                    Item b = items.get(j);
                    double s = similarity(a, b);
                    if (a.origin() != b.origin()) {
                        double global = SimilarGroups.cosine(vectors.get(a.hash()), vectors.get(b.hash()));
                        if (global > hardestGlobal) {
                            hardestGlobal = global;
                            globalNegative = name(a) + " ~ " + name(b);
                        }
                        negatives.add(new double[] { s });
                        if (s > hardestNegative) {
                            hardestNegative = s;
                            negative = name(a) + " ~ " + name(b);
                        }
                    } else if (a.edit() == null || b.edit() == null) {
                        Edit edit = a.edit() == null ? b.edit() : a.edit();
                        weakest.merge(edit, s, Math::min);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  most alike pictures of different originals: %.1f %% (%s); by global vectors alone %.1f %% (%s)%n",
                    hardestNegative, negative, hardestGlobal, globalNegative);
            long above90 = negatives.stream().filter(n -> n[0] >= 90).count();
            System.out.printf(Locale.ROOT, "  pairs of different originals at 90 %% or more: %d of %d%n", above90, negatives.size());
            StringBuilder line = new StringBuilder("  least alike copy and its original, by edit:");
            weakest.forEach((e, s) -> line.append(String.format(Locale.ROOT, " %s %.1f", e.name().toLowerCase(Locale.ROOT), s)));
            System.out.println(line);
        }

        /** The minimum: 1 point above the most alike pair of different originals, rounded up; near-duplicate: best F1. */
        double[] choose() throws IOException {
            double hardestNegative = 0;
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (items.get(i).origin() != items.get(j).origin()) {
                        hardestNegative = Math.max(hardestNegative, similarity(items.get(i), items.get(j)));
                    }
                }
            }
            double min = Math.ceil(hardestNegative + 1);
            double bestNear = min;
            double bestF1 = -1;
            for (double near = min; near <= 99.5; near += 0.5) {
                Scores s = score(min, near);
                double f1 = s.nearF1();
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    bestNear = near;
                }
            }
            return new double[] { min, bestNear };
        }

        /** Pair precision and recall by minimum (near-duplicates at the same threshold), to choose from. */
        void sweep() throws IOException {
            System.out.println("  minimum  unrelated  similar P / R    near-duplicate (at minimum) P / R");
            for (double min = 88; min <= 99; min += 1) {
                Scores s = score(min, min);
                System.out.printf(Locale.ROOT, "  %5.1f  %6d      %.3f / %.3f    %.3f / %.3f%n", min, s.unrelated, s.allPrecision(), s.allRecall(),
                        s.nearPrecision(), s.nearRecall());
            }
        }

        void report(double min, double near, boolean verbose) throws IOException {
            Scores s = score(min, near);
            System.out.printf(Locale.ROOT, "  near-duplicate pairs: precision %.3f, recall %.3f (%d of %d)%n", s.nearPrecision(), s.nearRecall(),
                    s.nearTrue, s.nearPositives);
            System.out.printf(Locale.ROOT, "  similar (any group) pairs: precision %.3f, recall %.3f (%d of %d)%n", s.allPrecision(), s.allRecall(),
                    s.allTrue, s.allPositives);
            System.out.printf(Locale.ROOT, "  pictures grouped with an unrelated picture: %d of %d; groups: %d%n", s.unrelated, items.size(), s.groups);
            StringBuilder line = new StringBuilder("  copies grouped with their original, by edit:");
            for (Edit e : Edit.values()) {
                int[] f = s.found.get(e);
                if (f != null) {
                    line.append(String.format(Locale.ROOT, " %s %d/%d", e.name().toLowerCase(Locale.ROOT), f[0], f[1]));
                }
            }
            System.out.println(line);
            if (verbose) {
                s.misses.forEach(m -> System.out.println("    " + m));
            }
        }

        private Scores score(double min, double near) throws IOException {
            Scores s = new Scores();
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    Item a = items.get(i);
                    Item b = items.get(j);
                    if (a.origin() == b.origin()) {
                        s.allPositives++;
                        if (nearPair(a, b)) {
                            s.nearPositives++;
                        }
                    }
                }
            }
            Map<String, Integer> groupOf = new HashMap<>();
            try (ImageSearcher searcher = ImageSearcher.open(index)) {
                List<SimilarGroups.Group> groups = SimilarGroups.find(searcher, ENCODER, min);
                s.groups = groups.size();
                for (int g = 0; g < groups.size(); g++) {
                    SimilarGroups.Group group = groups.get(g);
                    boolean nearGroup = group.weakest() >= near;
                    List<Item> members = group.hashes().stream().map(byHash::get).toList();
                    boolean mixed = members.stream().mapToInt(Item::origin).distinct().count() > 1;
                    if (mixed) {
                        s.unrelated += members.size();
                        s.misses.add("mixed group: " + members.stream().map(DupesBench::name).toList());
                    }
                    for (Item m : members) {
                        groupOf.put(m.hash(), g);
                    }
                    for (int x = 0; x < members.size(); x++) {
                        for (int y = x + 1; y < members.size(); y++) {
                            Item a = members.get(x);
                            Item b = members.get(y);
                            boolean same = a.origin() == b.origin();
                            s.allGrouped++;
                            if (same) {
                                s.allTrue++;
                            }
                            if (nearGroup) {
                                s.nearGrouped++;
                                if (same && nearPair(a, b)) {
                                    s.nearTrue++;
                                }
                            }
                        }
                    }
                }
            }
            Map<Integer, Item> originalOf = new HashMap<>();
            items.stream().filter(i -> i.edit() == null).forEach(i -> originalOf.put(i.origin(), i));
            for (Item item : items) {
                if (item.edit() != null) {
                    int[] f = s.found.computeIfAbsent(item.edit(), e -> new int[2]);
                    f[1]++;
                    Integer group = groupOf.get(item.hash());
                    Item original = originalOf.get(item.origin());
                    if (group != null && group.equals(groupOf.get(original.hash()))) {
                        f[0]++;
                    } else {
                        s.misses.add(String.format(Locale.ROOT, "not with its original (%.1f %%): %s", similarity(item, original), name(item)));
                    }
                }
            }
            return s;
        }

        private static boolean nearPair(Item a, Item b) {
            return a.origin() == b.origin() && (a.edit() == null || a.edit().nearDuplicate()) && (b.edit() == null || b.edit().nearDuplicate());
        }
    }

    static final class Scores {
        int allPositives;
        int nearPositives;
        int allGrouped;
        int allTrue;
        int nearGrouped;
        int nearTrue;
        int unrelated;
        int groups;
        final Map<Edit, int[]> found = new EnumMap<>(Edit.class);
        final List<String> misses = new ArrayList<>();

        double nearPrecision() {
            return nearGrouped == 0 ? 1 : (double) nearTrue / nearGrouped;
        }

        double nearRecall() {
            return nearPositives == 0 ? 1 : (double) nearTrue / nearPositives;
        }

        double nearF1() {
            double p = nearPrecision();
            double r = nearRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double allPrecision() {
            return allGrouped == 0 ? 1 : (double) allTrue / allGrouped;
        }

        double allRecall() {
            return allPositives == 0 ? 1 : (double) allTrue / allPositives;
        }
    }

    private static String name(Item item) {
        return item.originName() + (item.edit() == null ? "" : "/" + item.edit().name().toLowerCase(Locale.ROOT));
    }

    private static Path png(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path jpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(Images.copy(image), null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
