package dev.scry.client;

/**
 * The body of a {@code POST /v1/cli} answer: frames of one type byte, a four-byte length (big-endian)
 * and that many bytes. The command's standard output and standard error arrive as they are written,
 * byte for byte; the last frame is its exit code (four bytes).
 */
public final class Frames {
    /** Bytes of the command's standard output. */
    public static final int OUT = 1;
    /** Bytes of the command's standard error. */
    public static final int ERR = 2;
    /** The exit code, a four-byte integer; the last frame. */
    public static final int EXIT = 3;
    /** The content type of a framed answer. */
    public static final String CONTENT_TYPE = "application/x-scry-frames";
    /** The content type of a command line request: the working directory, then each argument, each ended by a NUL, in UTF-8. */
    public static final String REQUEST_TYPE = "application/x-scry-argv";
    /** The request header naming a call, so that {@code POST /v1/cli/ID/stop} can stop it. */
    public static final String CALL_HEADER = "X-Scry-Call";
    /** The request header saying whether the client's standard error is a terminal. */
    public static final String TERMINAL_HEADER = "X-Scry-Terminal";
    /** The request header giving how many bytes at the end of the body are the command's standard input (a {@code --from-file -} list). */
    public static final String INPUT_HEADER = "X-Scry-Input";
    /** The request header naming the client's language (a BCP 47 tag), which the command's sentences speak. */
    public static final String LANGUAGE_HEADER = "X-Scry-Language";
    /**
     * The status of an answer to a command line for another home than the service's ({@code --home}):
     * the client runs it in-process.
     */
    public static final int MISDIRECTED = 421;

    private Frames() {
    }
}
