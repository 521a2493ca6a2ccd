package dev.scry.encoder.clip;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.TextEncoder;

/** The text tower of a CLIP-family model as a {@link TextEncoder}: tokenized, run, L2-normalised. */
public final class OnnxTextEncoder implements TextEncoder {
    private final ClipModel model;

    public OnnxTextEncoder(ClipModel model) {
        this.model = model;
    }

    public ClipModel model() {
        return model;
    }

    @Override
    public String id() {
        return model.descriptor().id();
    }

    @Override
    public int dimension() {
        return model.descriptor().dimension();
    }

    @Override
    public float[] encode(String text) throws EncodingException {
        if (text == null || text.isBlank()) {
            throw new EncodingException("no text to encode");
        }
        return model.runText(text);
    }

    /** The token ids the model gets for a text (the debug view of {@code scry tokenize}). */
    public long[] tokenize(String text) throws EncodingException {
        return model.tokenizer().encode(text);
    }

    @Override
    public String toString() {
        return "OnnxTextEncoder[" + id() + "]";
    }
}
