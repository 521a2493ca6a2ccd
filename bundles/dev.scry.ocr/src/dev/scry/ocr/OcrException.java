package dev.scry.ocr;

/** Reading text failed: the models could not be loaded or ONNX Runtime refused to run them. */
public final class OcrException extends Exception {
    private static final long serialVersionUID = 1L;

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
