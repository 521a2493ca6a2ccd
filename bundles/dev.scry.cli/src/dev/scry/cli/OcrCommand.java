package dev.scry.cli;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.UnreadableImageException;
import dev.scry.ocr.OcrException;
import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scry ocr [--json] IMAGE...}: the lines of text in each picture. */
@Command(name = "ocr", description = "Read the text in pictures (PaddleOCR PP-OCRv4, Chinese and English); needs no library.")
final class OcrCommand implements Callable<Integer> {
    /**
     * Pictures are decoded at most this large (a little more than the text detector's side, so the line
     * crops keep their detail); boxes are given in the file's own pixels all the same. 4096 took about
     * 150 MB more heap for a large picture for no line the detector could find (releng/bench/stress.sh).
     */
    static final int MAX_SIDE = 2048;

    @ParentCommand
    ScryCommand scry;

    @Option(names = "--json", description = "One JSON object per picture, one per line: path, and lines with text, confidence and box.")
    boolean json;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Picture files to read.")
    List<Path> images;

    @Override
    public Integer call() throws OcrException {
        ImageLoader loader = new ImageLoader(MAX_SIDE);
        int exit = ExitCodes.OK;
        try (OcrReader reader = scry.ocrReaders.get()) {
            for (Path image : images) {
                LoadedImage loaded;
                try {
                    loaded = loader.load(GivenPath.find(image)); // a Latin-1 name under a UTF-8 locale too
                } catch (UnreadableImageException e) {
                    scry.err.println("scry: " + e.getMessage());
                    exit = e.reason() == UnreadableImageException.Reason.MISSING ? ExitCodes.NOT_FOUND : ExitCodes.ERROR;
                    continue;
                }
                List<TextLine> lines = reader.read(loaded.pixels());
                double scale = (double) loaded.width() / loaded.pixels().getWidth();
                print(image, lines, scale);
            }
        }
        return exit;
    }

    private void print(Path image, List<TextLine> lines, double scale) {
        if (json) {
            StringBuilder out = new StringBuilder("{\"path\": ").append(Json.string(image.toString())).append(", \"lines\": [");
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                out.append(i == 0 ? "" : ", ").append("{\"text\": ").append(Json.string(line.text()))
                        .append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.3f", line.confidence())).append(", \"box\": [");
                Point2D[] box = line.box();
                for (int c = 0; c < box.length; c++) {
                    out.append(c == 0 ? "" : ", ").append('[').append(Math.round(box[c].getX() * scale)).append(", ")
                            .append(Math.round(box[c].getY() * scale)).append(']');
                }
                out.append("]}");
            }
            scry.out.println(out.append("]}"));
            return;
        }
        if (images.size() > 1) {
            scry.out.println("# " + image);
        }
        for (TextLine line : lines) {
            scry.out.println(line.text());
        }
    }
}
