package dev.scry.encoder;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The encoders installed in this Scry: every {@link ImageEncoder} and {@link TextEncoder} service, as
 * they come and go. Also usable without OSGi (tests, tools) through {@link #add(ImageEncoder)}.
 *
 * @since 1.0
 */
@Component(service = EncoderRegistry.class)
public class EncoderRegistry {
    /** The id of the built-in visual fingerprint, the encoder every library has. */
    public static final String FINGERPRINT = "fingerprint";

    private final List<ImageEncoder> imageEncoders = new CopyOnWriteArrayList<>();
    private final List<TextEncoder> textEncoders = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void add(ImageEncoder encoder) {
        imageEncoders.add(encoder);
    }

    public void remove(ImageEncoder encoder) {
        imageEncoders.remove(encoder);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addText(TextEncoder encoder) {
        textEncoders.add(encoder);
    }

    public void removeText(TextEncoder encoder) {
        textEncoders.remove(encoder);
    }

    /** The image encoders, sorted by id. */
    public List<ImageEncoder> imageEncoders() {
        return imageEncoders.stream().sorted(Comparator.comparing(ImageEncoder::id)).toList();
    }

    /** The text encoders, sorted by id. */
    public List<TextEncoder> textEncoders() {
        return textEncoders.stream().sorted(Comparator.comparing(TextEncoder::id)).toList();
    }

    public Optional<ImageEncoder> imageEncoder(String id) {
        return imageEncoders.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TextEncoder> textEncoder(String id) {
        return textEncoders.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
