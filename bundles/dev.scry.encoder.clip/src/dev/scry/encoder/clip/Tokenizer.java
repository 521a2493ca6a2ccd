package dev.scry.encoder.clip;

/** Turns a phrase into the fixed-length row of token ids a text model takes. Thread-safe. */
public interface Tokenizer {

    /** The ids, exactly {@link #contextLength()} long: start, tokens (truncated), end, then padding 0. */
    long[] encode(String text);

    int contextLength();

    /** The id the row is padded with; positions holding it are masked out. */
    default long padId() {
        return 0;
    }
}
