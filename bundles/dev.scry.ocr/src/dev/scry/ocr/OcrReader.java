package dev.scry.ocr;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.scry.onnx.OnnxRuntime;
import dev.scry.onnx.SessionGuard;

/**
 * Reads the text in pictures with PaddleOCR PP-OCRv4: lines are detected, turned upright when upside down,
 * and recognised. The three ONNX sessions are opened on the first {@link #read} and shared; reading is
 * thread-safe. Close the reader to free the sessions: closing waits for the reads in progress to end, and
 * a read asked for after close fails with an {@link OcrException} saying that the reader has been closed.
 */
@Component(service = OcrReader.class)
public final class OcrReader implements AutoCloseable {
    /** Lines recognised with a lower confidence than this are left out (PaddleOCR's drop_score). */
    public static final float MIN_CONFIDENCE = 0.5f;
    /** The longer side, in pixels, at which {@link #mayHoldText} looks for text. */
    public static final int GATE_SIDE = 512;
    /** How many pixels of text-like detection map at {@link #GATE_SIDE} make a picture one that may hold text. */
    public static final int GATE_PIXELS = 8;

    private final int threads;
    private final SessionGuard guard = new SessionGuard();
    private volatile Pipeline pipeline;

    /** A reader whose model runs use all cores. */
    public OcrReader() {
        this(0);
    }

    /** A reader whose model runs use {@code threads} threads each (0 = all cores). */
    public OcrReader(int threads) {
        this.threads = threads;
    }

    /**
     * The lines of text in the picture in reading order (top to bottom, left to right), with boxes in the
     * picture's pixels. A picture without text gives an empty list.
     */
    public List<TextLine> read(BufferedImage image) throws OcrException {
        try (SessionGuard.Use use = guard.enter()) {
            if (use == null) {
                throw new OcrException("the text reader has been closed", null);
            }
            return pipeline().read(Raster.of(image));
        } catch (OrtException e) {
            throw new OcrException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the picture may hold text, from the detection model run on it at {@value #GATE_SIDE} pixels
     * on its longer side (about a tenth of the work of a full {@link #read}): at least {@value #GATE_PIXELS}
     * pixels of that map look like text. A picture said to hold none gives no lines when read in full
     * (measured on the word benchmark's pictures, releng/bench/words.sh); one said to may still give none.
     */
    public boolean mayHoldText(BufferedImage image) throws OcrException {
        return textPixels(image, GATE_SIDE) >= GATE_PIXELS;
    }

    /** How many pixels of the detection model's map look like text when it sees the picture at most {@code side} pixels long. */
    public int textPixels(BufferedImage image, int side) throws OcrException {
        if (side < 32) {
            throw new IllegalArgumentException("side must be at least 32: " + side);
        }
        try (SessionGuard.Use use = guard.enter()) {
            if (use == null) {
                throw new OcrException("the text reader has been closed", null);
            }
            return pipeline().detector().textPixels(Raster.of(image), side);
        } catch (OrtException e) {
            throw new OcrException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    private Pipeline pipeline() throws OcrException {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.open(threads);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** Refuses new reads, waits for the reads in progress to end, then frees the sessions. */
    @Override
    @Deactivate
    public void close() {
        guard.close(this::freeSessions);
    }

    private synchronized void freeSessions() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }

    /** The three models and the dictionary. */
    private record Pipeline(OrtSession detection, OrtSession direction, OrtSession recognition,
            TextDetector detector, DirectionClassifier classifier, TextRecognizer recognizer) {

        static Pipeline open(int threads) throws OcrException {
            OnnxRuntime runtime = new OnnxRuntime();
            List<OrtSession> opened = new ArrayList<>();
            Path folder = null;
            try {
                folder = Files.createTempDirectory("scry-ocr-models");
                folder.toFile().deleteOnExit();
                OcrDictionary dictionary;
                try (var in = OcrModels.open(OcrModels.DICTIONARY)) {
                    dictionary = OcrDictionary.read(in);
                }
                OrtSession det = runtime.open(OcrModels.extract(OcrModels.DETECTION, folder), threads);
                opened.add(det);
                OrtSession cls = runtime.open(OcrModels.extract(OcrModels.DIRECTION, folder), threads);
                opened.add(cls);
                OrtSession rec = runtime.open(OcrModels.extract(OcrModels.RECOGNITION, folder), threads);
                opened.add(rec);
                return new Pipeline(det, cls, rec, new TextDetector(det), new DirectionClassifier(cls),
                        new TextRecognizer(rec, dictionary));
            } catch (IOException | OrtException | RuntimeException e) {
                for (OrtSession s : opened) {
                    closeQuietly(s);
                }
                throw new OcrException("cannot load the OCR models: " + e.getMessage(), e);
            } finally {
                if (folder != null) {
                    // The sessions have read the files; the copies are no longer needed.
                    try (var files = Files.list(folder)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            Files.deleteIfExists(f);
                        }
                        Files.deleteIfExists(folder);
                    } catch (IOException e) {
                        // left for deleteOnExit
                    }
                }
            }
        }

        List<TextLine> read(Raster image) throws OrtException {
            List<Point2D[]> boxes = detector.detect(image);
            if (boxes.isEmpty()) {
                return List.of();
            }
            List<Raster> crops = new ArrayList<>(boxes.size());
            for (Point2D[] box : boxes) {
                crops.add(crop(image, box));
            }
            classifier.turnUpright(crops);
            OcrDictionary.Decoded[] texts = recognizer.read(crops);
            List<TextLine> lines = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                OcrDictionary.Decoded d = texts[i];
                String text = d.text().strip();
                if (!text.isEmpty() && d.confidence() >= MIN_CONFIDENCE) {
                    lines.add(new TextLine(text, d.confidence(), boxes.get(i)));
                }
            }
            return List.copyOf(lines);
        }

        /** The box cut out and rectified to an upright rectangle; tall narrow crops are turned to read across. */
        static Raster crop(Raster image, Point2D[] box) {
            int w = Math.max(1, (int) Math.max(box[0].distance(box[1]), box[2].distance(box[3])));
            int h = Math.max(1, (int) Math.max(box[0].distance(box[3]), box[1].distance(box[2])));
            Raster crop = image.warp(box, w, h);
            return (double) h / w >= 1.5 ? crop.rotate90CounterClockwise() : crop;
        }

        void close() {
            closeQuietly(detection);
            closeQuietly(direction);
            closeQuietly(recognition);
        }

        private static void closeQuietly(OrtSession session) {
            try {
                session.close();
            } catch (OrtException e) {
                // nothing more to free
            }
        }
    }
}
