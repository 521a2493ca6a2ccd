package dev.scry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * OpenAI CLIP's byte-level BPE vocabulary ({@value #FILE_NAME}, MIT), kept in this bundle under
 * {@code data/clip/} with its licence, so that tokenizer tests and test models need nothing outside
 * the repository.
 */
public final class ClipVocabulary {
    /** The file's name, as CLIP and the model descriptors call it. */
    public static final String FILE_NAME = "bpe_simple_vocab_16e6.txt.gz";
    /** Its SHA-256 as published with openai/CLIP. */
    public static final String SHA256 = "924691ac288e54409236115652ad4aa250f48203de50a9e4722a6ecd48d6804a";

    private static final String RESOURCE = "/data/clip/" + FILE_NAME;

    private ClipVocabulary() {
    }

    /** The vocabulary's bytes, as a stream the caller closes. */
    public static InputStream open() {
        InputStream in = ClipVocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the CLIP vocabulary " + RESOURCE + " is missing from the bundle dev.scry.testing");
        }
        return in;
    }

    /** The vocabulary's bytes (1,356,917 of them), e.g. for a server that serves it. */
    public static byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CLIP vocabulary " + RESOURCE, e);
        }
    }

    /** Copies the vocabulary to {@code target} (a file path) and returns it. */
    public static Path copyTo(Path target) {
        try (InputStream in = open()) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the CLIP vocabulary to " + target, e);
        }
    }
}
