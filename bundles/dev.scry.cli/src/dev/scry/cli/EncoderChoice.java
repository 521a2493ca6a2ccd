package dev.scry.cli;

import java.util.Optional;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.TextEncoder;
import dev.scry.encoder.clip.ClipModel;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelException;
import dev.scry.encoder.clip.OnnxImageEncoder;
import dev.scry.encoder.clip.OnnxTextEncoder;

/**
 * The encoders for a model id on the command line: a model installed in the chosen Scry home's models
 * folder (opened for this command and closed after it), else an encoder service of that id (the
 * built-in fingerprint, models of the default home).
 */
final class EncoderChoice implements AutoCloseable {
    private final ClipModel model;
    private final ImageEncoder image;
    private final TextEncoder text;

    private EncoderChoice(ClipModel model, ImageEncoder image, TextEncoder text) {
        this.model = model;
        this.image = image;
        this.text = text;
    }

    static EncoderChoice of(ScryCommand scry, String id) throws ModelException {
        ModelCatalog catalog = ModelsCommand.catalog(scry);
        if (catalog.installed(id).isPresent()) {
            ClipModel model = catalog.open(id, 0);
            return new EncoderChoice(model, new OnnxImageEncoder(model), new OnnxTextEncoder(model));
        }
        Optional<ImageEncoder> image = scry.encoders.imageEncoder(id);
        Optional<TextEncoder> text = scry.encoders.textEncoder(id);
        if (image.isEmpty() && text.isEmpty()) {
            throw new ModelException("no model or encoder '" + id + "': see 'scry models list' and 'scry encoders'");
        }
        return new EncoderChoice(null, image.orElse(null), text.orElse(null));
    }

    ImageEncoder image(String id) throws EncodingException {
        if (image == null) {
            throw new EncodingException(id + " has no image encoder");
        }
        return image;
    }

    TextEncoder text(String id) throws EncodingException {
        if (text == null) {
            throw new EncodingException(id + " has no text encoder");
        }
        return text;
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
        }
    }
}
