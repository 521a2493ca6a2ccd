package dev.scry.encoder.clip;

/** A model that cannot be read, installed, verified or run; the message says why and what to do. */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
