package dev.scry.encoder.clip;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared test data: the system property {@code scry.shared} if set, else a folder
 * {@code shared} beside the repository (found by walking up from the working directory: CI has
 * {@code /work/shared} beside the clone).
 */
final class SharedData {
    static final String VOCAB = "data/clip/bpe_simple_vocab_16e6.txt.gz";

    private SharedData() {
    }

    /** The CLIP BPE vocabulary; fails the test with a clear message when it cannot be found. */
    static Path clipVocabulary() {
        String property = System.getProperty("scry.shared");
        if (property != null && !property.isBlank()) {
            Path file = Path.of(property).resolve(VOCAB);
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new AssertionError("-Dscry.shared=" + property + " has no " + VOCAB);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared").resolve(VOCAB);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError("the CLIP vocabulary " + VOCAB + " is missing: put the shared data beside the repository as ../shared"
                + " (from " + Path.of("").toAbsolutePath() + ") or set -Dscry.shared=DIR");
    }
}
