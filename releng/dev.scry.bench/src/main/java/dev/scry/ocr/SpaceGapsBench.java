package dev.scry.ocr;

import java.awt.*;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.*;
import java.util.*;
import java.util.List;

/**
 * Whether the spaces PP-OCRv4 drops between English words could be put back from its CTC steps: renders
 * notices of three lines (5 fonts, 4 sizes), runs detection and recognition as {@link OcrReader} does
 * (without the direction classifier: the lines are upright), and for every pair of neighbouring letters
 * prints how many blank steps lie between them over the line's character pitch (median step between
 * letters), for spaces the model dropped, spaces it kept and letters inside words, at several thresholds.
 * Figures only (releng/bench/gaps.sh); it lives in this package for the recogniser's internals.
 */
public final class SpaceGapsBench {
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("probe");
        OcrDictionary dictionary;
        try (var in = OcrModels.open(OcrModels.DICTIONARY)) { dictionary = OcrDictionary.read(in); }
        var rt = new dev.scry.onnx.OnnxRuntime();
        TextRecognizer recognizer = new TextRecognizer(rt.open(OcrModels.extract(OcrModels.RECOGNITION, folder), 2), dictionary);
        TextDetector detector = new TextDetector(rt.open(OcrModels.extract(OcrModels.DETECTION, folder), 2));
        String[] texts = { "Reply to all before noon", "Download complete open folder", "Please keep the door closed", "Install failed with code 1603",
            "Customer number 4471902", "Visitors must sign in at reception", "Do not feed the ducks", "Invoice total 1,284.50 EUR", "Deadline Friday",
            "Swimming pool closed for cleaning", "Your password expires tomorrow", "Thank you for your order"};
        String[] fonts = { "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "DejaVu Sans Condensed", "Noto Sans CJK SC" };
        int[] sizes = { 16, 24, 38, 48 };
        List<Double> dropped = new ArrayList<>(), inner = new ArrayList<>(), kept = new ArrayList<>();
        Random random = new Random(3);
        int lines = 0, gluedLines = 0;
        for (String f : fonts) for (int size : sizes) {
            List<String> picked = new ArrayList<>();
            for (int k = 0; k < 3; k++) picked.add(texts[random.nextInt(texts.length)]);
            BufferedImage img = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(235, 232, 225)); g.fillRect(0, 0, 1024, 768);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(20, 20, 40)); g.setFont(new Font(f, Font.PLAIN, size));
            int y = 80;
            for (String t : picked) { g.drawString(t, 40 + random.nextInt(100), y); y += size * 3; }
            g.dispose();
            Raster raster = Raster.of(img);
            List<Point2D[]> boxes = detector.detect(raster);
            List<Raster> crops = new ArrayList<>();
            for (Point2D[] box : boxes) {
                int w = Math.max(1, (int) Math.max(box[0].distance(box[1]), box[2].distance(box[3])));
                int h = Math.max(1, (int) Math.max(box[0].distance(box[3]), box[1].distance(box[2])));
                crops.add(raster.warp(box, w, h));
            }
            OcrDictionary.Decoded[] ds = recognizer.read(crops);
            for (OcrDictionary.Decoded d : ds) {
                String read = d.text().strip();
                String truth = Arrays.stream(texts).filter(t -> t.replace(" ", "").equals(read.replace(" ", ""))).findFirst().orElse(null);
                if (truth == null) { System.out.println("?? " + read); continue; }
                lines++;
                if (!truth.equals(read)) gluedLines++;
                List<String> chars = d.characters();
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < chars.size(); i++) if (!chars.get(i).equals(" ")) idx.add(i);
                int[] first = d.first(), last = d.last();
                List<Integer> deltas = new ArrayList<>();
                for (int k = 0; k + 1 < idx.size(); k++) deltas.add(first[idx.get(k + 1)] - first[idx.get(k)]);
                Collections.sort(deltas);
                double pitch = deltas.get(deltas.size() / 2);
                String tn = truth;
                int ti = 0;
                StringBuilder marks = new StringBuilder();
                for (int k = 0; k + 1 < idx.size(); k++) {
                    while (tn.charAt(ti) == ' ') ti++;
                    boolean space = tn.charAt(ti + 1) == ' ';
                    boolean emitted = idx.get(k + 1) - idx.get(k) > 1;
                    double ratio = (first[idx.get(k + 1)] - last[idx.get(k)]) / pitch;
                    if (space && !emitted) { dropped.add(ratio); marks.append(String.format(Locale.ROOT, " [%s|%s %.2f]", tn.charAt(ti), tn.charAt(ti + 2), ratio)); }
                    else if (space) kept.add(ratio);
                    else inner.add(ratio);
                    ti++;
                }
                if (!truth.equals(read)) System.out.println(f + " " + size + " (" + crops.size() + " crops, w " + "): " + read + " pitch " + pitch + marks);
            }
        }
        System.out.println("lines " + lines + " glued " + gluedLines);
        for (double thr : new double[] { 1.2, 1.5, 1.8, 2.0, 2.2, 2.5, 3.0 }) {
            System.out.printf(Locale.ROOT, "ratio >= %.1f: dropped spaces restored %d/%d, kept spaces %d/%d, false inside words %d/%d%n", thr,
                dropped.stream().filter(r -> r >= thr).count(), dropped.size(), kept.stream().filter(r -> r >= thr).count(), kept.size(),
                inner.stream().filter(r -> r >= thr).count(), inner.size());
        }
    }
}
