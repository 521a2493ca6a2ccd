package dev.scry.encoder;

/**
 * A picture or phrase that an encoder cannot encode; the message says why.
 *
 * @since 1.0
 */
public class EncodingException extends Exception {
    private static final long serialVersionUID = 1L;

    public EncodingException(String message) {
        super(message);
    }

    public EncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
