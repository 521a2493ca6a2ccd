package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncodingException;
import dev.scry.testing.CloseRace;
import dev.scry.testing.OnnxModelBuilder;

/**
 * Closing a model while another thread runs it (as a DS deactivation during indexing does): the run in
 * progress ends normally, close waits for it, and runs after close fail with a sentence, not a crash.
 */
class ClipModelCloseTest {
    private static final int SLOW_STEPS = 120;

    @TempDir
    Path temp;

    /** A visual tower slow enough to be caught inside a run: many multiplications by the identity first. */
    private static void slowVisual(Path file) throws Exception {
        float[] identity = new float[224 * 224];
        for (int i = 0; i < 224; i++) {
            identity[i * 224 + i] = 1;
        }
        OnnxModelBuilder model = new OnnxModelBuilder().input("pixel_values", "batch", 3, 224, 224).weights("I", identity, 224, 224);
        String x = "pixel_values";
        for (int i = 0; i < SLOW_STEPS; i++) {
            model.node("MatMul", List.of(x, "I"), List.of("x" + i));
            x = "x" + i;
        }
        model.node("AveragePool", List.of(x), List.of("pooled"), "kernel_shape", new long[] { 28, 28 }, "strides", new long[] { 28, 28 })
                .node("Flatten", List.of("pooled"), List.of("flat"), "axis", 1)
                .weights("W", TestModels.weights(192 * TestModels.DIMENSION, 1), 192, TestModels.DIMENSION)
                .node("MatMul", List.of("flat", "W"), List.of("image_embeds"))
                .output("image_embeds", "batch", TestModels.DIMENSION)
                .write(file);
    }

    private ClipModel openSlowModel() throws Exception {
        Path folder = TestModels.installByHand(temp.resolve("models"), "slow-clip");
        slowVisual(folder.resolve("visual/model.onnx"));
        return new ModelCatalog(temp.resolve("models"), List.of()).open("slow-clip", 1);
    }

    /** Whether the thread is inside ONNX Runtime's native run right now. */
    @Test
    void closeWaitsForTheRunInProgressAndLaterRunsAreRefusedInWords() throws Exception {
        ClipModel model = openSlowModel();
        float[] pixels = new float[3 * 224 * 224];
        CloseRace.Outcome race = CloseRace.closeWhileRunning("test encoding",
                () -> assertEquals(TestModels.DIMENSION, model.runVisual(pixels, 1).get(0).length), model::close, Duration.ofSeconds(60));
        assertInstanceOf(EncodingException.class, race.end(), String.valueOf(race.end()));
        assertEquals("slow-clip: the model has been closed", race.end().getMessage());
        assertTrue(race.finishedAfter() > race.finishedBefore(), "the run in progress at close ended with its vectors");
        EncodingException after = assertThrows(EncodingException.class, () -> model.runVisual(pixels, 1));
        assertEquals("slow-clip: the model has been closed", after.getMessage());
        assertThrows(EncodingException.class, () -> model.runText("a photo of a cat"));
        model.close(); // a second close is harmless
    }
}
