package dev.scry.encoder.clip;

/** A model that cannot be read, installed, verified or run; the message says why and what to do. */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that word it themselves (the workbench, in the user's language). */
    public enum Kind {
        /** A file did not match its SHA-256 (damaged or tampered with); it was deleted and nothing installed. */
        MISMATCH,
        /** A file has no download address: the model must be exported first ({@code --from}) or installed by hand. */
        EXPORT_FIRST,
        /** Anything else; the message says what. */
        OTHER
    }

    private final Kind kind;
    private final String file;

    public ModelException(String message) {
        this(Kind.OTHER, "", message, null);
    }

    public ModelException(String message, Throwable cause) {
        this(Kind.OTHER, "", message, cause);
    }

    /** @param file the file of the model it is about ({@code visual/model.onnx}), or "" */
    public ModelException(Kind kind, String file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file == null ? "" : file;
    }

    public Kind kind() {
        return kind;
    }

    /** The file of the model it is about, or "". */
    public String file() {
        return file;
    }
}
