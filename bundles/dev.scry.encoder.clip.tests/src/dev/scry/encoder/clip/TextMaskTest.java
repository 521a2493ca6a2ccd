package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.testing.OnnxModelBuilder;

/** The attention mask a descriptor names is fed only to text models that declare that input. */
class TextMaskTest {
    @TempDir
    Path temp;

    @Test
    void aModelWithoutTheMaskInputGetsNone() throws Exception {
        Path models = temp.resolve("models");
        Path folder = TestModels.installByHand(models, "nomask"); // its descriptor names textual.mask = attention_mask
        new OnnxModelBuilder().input("input_ids", OnnxModelBuilder.Type.INT64, "batch", TestModels.CONTEXT)
                .node("Cast", List.of("input_ids"), List.of("ids"), "to", 1)
                .weights("W", TestModels.weights(TestModels.CONTEXT * TestModels.DIMENSION, 2), TestModels.CONTEXT, TestModels.DIMENSION)
                .node("MatMul", List.of("ids", "W"), List.of("text_embeds"))
                .output("text_embeds", "batch", TestModels.DIMENSION)
                .write(folder.resolve("textual/model.onnx"));
        TestModels.installByHand(models, "withmask");
        ModelCatalog catalog = new ModelCatalog(models, List.of());
        try (ClipModel without = catalog.open("nomask", 1); ClipModel with = catalog.open("withmask", 1)) {
            float[] a = new OnnxTextEncoder(without).encode("a dog in the snow");
            float[] b = new OnnxTextEncoder(with).encode("a dog in the snow");
            assertEquals(TestModels.DIMENSION, a.length);
            assertFalse(Arrays.equals(a, b), "the model that declares the mask gets it (ids + mask differ from ids)");
        }
    }
}
