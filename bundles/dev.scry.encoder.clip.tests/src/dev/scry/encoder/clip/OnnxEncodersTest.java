package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.TextEncoder;
import dev.scry.encoder.Vectors;
import dev.scry.testing.TestPictures;

/** The whole path with real ONNX Runtime and generated models: tokenizer, preprocessing, batching, services. */
class OnnxEncodersTest {
    @TempDir
    Path temp;

    private ClipModel open() throws Exception {
        TestModels.installByHand(temp.resolve("models"), "tiny-clip");
        return new ModelCatalog(temp.resolve("models"), List.of()).open("tiny-clip", 1);
    }

    @Test
    void textVectorsFollowTheTokenIdsAndTheMask() throws Exception {
        try (ClipModel model = open()) {
            OnnxTextEncoder text = new OnnxTextEncoder(model);
            assertEquals("tiny-clip", text.id());
            assertEquals(TestModels.DIMENSION, text.dimension());
            float[] cat = text.encode("a photo of a cat");
            assertEquals(1.0, Vectors.length(cat), 1e-5);
            assertArrayEquals(cat, text.encode("A  photo of a CAT"), "same tokens, same vector");
            assertFalse(java.util.Arrays.equals(cat, text.encode("a dog in the snow")), "other tokens, another vector");

            // the tiny model computes (ids + mask) . W: check against the same sum done here
            long[] ids = text.tokenize("a photo of a cat");
            float[] w = TestModels.weights(TestModels.CONTEXT * TestModels.DIMENSION, 2);
            float[] expected = new float[TestModels.DIMENSION];
            for (int i = 0; i < TestModels.CONTEXT; i++) {
                float x = ids[i] + (i <= 6 ? 1 : 0);
                for (int j = 0; j < TestModels.DIMENSION; j++) {
                    expected[j] += x * w[i * TestModels.DIMENSION + j];
                }
            }
            assertArrayEquals(Vectors.normalize(expected), cat, 1e-4f);

            EncodingException blank = assertThrows(EncodingException.class, () -> text.encode("  "));
            assertFalse(blank.getMessage().isBlank());
        }
    }

    @Test
    void imageVectorsEqualTheProjectionOfThePreprocessedPicture() throws Exception {
        try (ClipModel model = open()) {
            OnnxImageEncoder encoder = new OnnxImageEncoder(model);
            BufferedImage picture = TestPictures.draw(320, 240, 5);
            float[] tensor = new float[model.preprocessor().tensorLength()];
            model.preprocessor().toTensor(picture, tensor, 0);
            float[] pooled = new float[192];
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 224; y++) {
                    for (int x = 0; x < 224; x++) {
                        pooled[c * 64 + (y / 28) * 8 + x / 28] += tensor[c * 224 * 224 + y * 224 + x] / (28f * 28f);
                    }
                }
            }
            float[] w = TestModels.weights(192 * TestModels.DIMENSION, 1);
            float[] expected = new float[TestModels.DIMENSION];
            for (int i = 0; i < 192; i++) {
                for (int j = 0; j < TestModels.DIMENSION; j++) {
                    expected[j] += pooled[i] * w[i * TestModels.DIMENSION + j];
                }
            }
            assertArrayEquals(Vectors.normalize(expected), encoder.encode(picture), 1e-4f);
        }
    }

    @Test
    void batchesLargerThanOneRunEqualOneByOne() throws Exception {
        try (ClipModel model = open()) {
            OnnxImageEncoder encoder = new OnnxImageEncoder(model);
            assertEquals(16, model.maxBatch(), "a dynamic batch dimension runs 16 pictures at a time");
            List<BufferedImage> pictures = new ArrayList<>();
            for (int i = 0; i < 37; i++) {
                pictures.add(TestPictures.draw(100 + i * 7, 90 + (i % 5) * 30, i));
            }
            List<float[]> batch = encoder.encodeAll(pictures);
            assertEquals(37, batch.size());
            for (int i : new int[] { 0, 15, 16, 31, 36 }) {
                assertArrayEquals(encoder.encode(pictures.get(i)), batch.get(i), 1e-5f, "picture " + i);
            }
            assertTrue(encoder.encodeAll(List.of()).isEmpty());
        }
    }

    @Test
    void missingFilesAndWrongNamesGiveClearMessages() throws Exception {
        TestModels.installByHand(temp.resolve("models"), "tiny-clip");
        Path folder = temp.resolve("models/tiny-clip");
        Files.delete(folder.resolve("visual/model.onnx"));
        Files.writeString(folder.resolve("model.properties"),
                Files.readString(folder.resolve("model.properties")).replace("textual.output = text_embeds", "textual.output = nope"));
        try (ClipModel model = new ModelCatalog(temp.resolve("models"), List.of()).open("tiny-clip", 1)) {
            EncodingException missing = assertThrows(EncodingException.class,
                    () -> new OnnxImageEncoder(model).encode(TestPictures.draw(100, 100, 1)));
            assertTrue(missing.getMessage().contains("visual/model.onnx is missing"), missing.getMessage());
            EncodingException output = assertThrows(EncodingException.class, () -> new OnnxTextEncoder(model).encode("cat"));
            assertTrue(output.getMessage().contains("has no output 'nope'"), output.getMessage());
        }
    }

    @Test
    void theComponentRegistersAnEncoderPairPerInstalledModel() throws Exception {
        Path models = temp.resolve("models");
        TestModels.installByHand(models, "tiny-clip");
        TestModels.installByHand(models, "incomplete");
        Files.delete(models.resolve("incomplete/textual/model.onnx"));
        Files.createDirectories(models.resolve("broken"));

        BundleContext context = FrameworkUtil.getBundle(ClipEncoders.class).getBundleContext();
        ServiceTracker<EncoderRegistry, EncoderRegistry> tracker = new ServiceTracker<>(context, EncoderRegistry.class, null);
        tracker.open();
        ClipEncoders component = new ClipEncoders();
        EncoderRegistry registry = null;
        try {
            assertEquals(List.of("tiny-clip"), component.register(context, new ModelCatalog(models, List.of())));
            registry = tracker.waitForService(10_000);
            assertTrue(registry != null, "no EncoderRegistry service (is the DS runtime started?)");
            ImageEncoder image = registry.imageEncoder("tiny-clip").orElseThrow();
            TextEncoder text = registry.textEncoder("tiny-clip").orElseThrow();
            float[] picture = image.encode(TestPictures.draw(200, 160, 3));
            float[] phrase = text.encode("a dog in the snow");
            assertEquals(picture.length, phrase.length);
            assertNotEquals(0f, Vectors.dot(picture, phrase));
        } finally {
            component.deactivate();
            tracker.close();
        }
        assertTrue(registry.imageEncoder("tiny-clip").isEmpty(), "unregistered when the component stops");
        assertTrue(registry.textEncoder("tiny-clip").isEmpty());
    }

    @Test
    void aRescanRegistersAModelInstalledLaterAndDropsARemovedOne() throws Exception {
        Path models = Files.createDirectories(temp.resolve("later"));
        BundleContext context = FrameworkUtil.getBundle(ClipEncoders.class).getBundleContext();
        ServiceTracker<EncoderRegistry, EncoderRegistry> tracker = new ServiceTracker<>(context, EncoderRegistry.class, null);
        tracker.open();
        ClipEncoders component = new ClipEncoders();
        try {
            ModelCatalog catalog = new ModelCatalog(models, List.of());
            assertEquals(List.of(), component.register(context, catalog), "nothing installed yet");
            EncoderRegistry registry = tracker.waitForService(10_000);
            assertTrue(registry != null, "no EncoderRegistry service (is the DS runtime started?)");
            assertTrue(registry.imageEncoder("late-clip").isEmpty());

            TestModels.installByHand(models, "late-clip");
            assertEquals(List.of("late-clip"), component.rescan(), "installed while Scry runs");
            assertTrue(registry.imageEncoder("late-clip").isPresent(), "in the registry when rescan returns");
            assertTrue(registry.textEncoder("late-clip").isPresent());
            assertEquals(List.of(), component.rescan(), "registered once");

            new ModelInstaller(catalog).remove("late-clip");
            assertEquals(List.of(), component.rescan());
            assertTrue(registry.imageEncoder("late-clip").isEmpty(), "a removed model's encoders go");
            assertEquals(List.of(), component.registered());
        } finally {
            component.deactivate();
            tracker.close();
        }
    }
}
