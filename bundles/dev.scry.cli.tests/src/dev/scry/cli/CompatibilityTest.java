package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.clip.ClipModel;
import dev.scry.encoder.clip.ModelCatalog;
import dev.scry.encoder.clip.ModelDescriptor;
import dev.scry.encoder.clip.OnnxImageEncoder;
import dev.scry.encoder.clip.OnnxTextEncoder;
import dev.scry.encoder.fingerprint.FingerprintEncoder;
import dev.scry.testing.HubServer;
import dev.scry.testing.OnnxModelBuilder.Type;
import dev.scry.testing.TestPictures;

/**
 * One case per shipped descriptor: stand-in towers with the signature its exporter writes (read from the
 * exporter's code, not from the descriptor) are published on a local hub, then installed with the command
 * line (a tampered file first, which must be refused and leave nothing), and the model indexes a library
 * and answers a text search, a picture search and a hybrid (words and model) search.
 */
class CompatibilityTest {
    /** What each export's towers look like, as its exporter writes them. */
    private static final Map<String, Towers> EXPORTS = Map.of(
            // immich-app/ml-models openclip.py: no dynamic axes, int32 text, encode_*(normalize=True), output "embedding"
            "clip-vit-b32", new Towers("image", true, 224, "embedding", "text", Type.INT32, true, 77, "", "embedding", true, false),
            // optimum CLIPVisionWithProjection / CLIPTextWithProjection configs (transformers.js convert.py --split_modalities)
            "xenova-clip-vit-base-patch32", hf(224), "xenova-clip-vit-base-patch16", hf(224), "xenova-mobileclip-s0", hf(256),
            "tinyclip-vit-8m-16", hf(224), "tinyclip-vit-39m-16", hf(224),
            // OFA-Sys cn_clip/deploy/pytorch_to_onnx.py: no dynamic axes, int64 [1, 52], unnormalised features
            "chinese-clip-vit-b16", new Towers("image", true, 224, "unnorm_image_features", "text", Type.INT64, true, 52, "",
                    "unnorm_text_features", false, false));

    private static Towers hf(int size) {
        return new Towers("pixel_values", false, size, "image_embeds", "input_ids", Type.INT64, false, 77, "", "text_embeds", false, true);
    }

    @TempDir
    Path temp;

    @Test
    void everyShippedDescriptorHasACase() {
        assertEquals(new java.util.TreeSet<>(EXPORTS.keySet()),
                new java.util.TreeSet<>(ModelCatalog.shipped().stream().map(ModelDescriptor::id).toList()));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedDescriptorInstallsIndexesAndSearches() {
        return ModelCatalog.shipped().stream().filter(d -> EXPORTS.containsKey(d.id()))
                .map(d -> DynamicTest.dynamicTest(d.id(), () -> runCase(d, EXPORTS.get(d.id()))));
    }

    private void runCase(ModelDescriptor shipped, Towers towers) throws Exception {
        String id = shipped.id();
        Path dir = Files.createDirectories(temp.resolve(id));
        Path home = dir.resolve("home");
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        TestPictures.write(TestPictures.draw(320, 240, 1), "png", pictures.resolve("sunset-beach.png"));
        TestPictures.write(TestPictures.draw(240, 320, 2), "png", pictures.resolve("red-flower.png"));
        TestPictures.write(TestPictures.draw(300, 300, 3), "png", pictures.resolve("dog-snow.png"));

        Path shippedFile = dir.resolve("shipped.properties");
        shipped.write(shippedFile);
        String text = Files.readString(shippedFile, StandardCharsets.UTF_8);
        Map<String, String> paths = new LinkedHashMap<>();
        shipped.files().forEach(f -> paths.put(f.key(), f.path()));
        byte[] visual = towers.visual(shipped.dimension());
        byte[] textual = towers.textual(shipped.dimension());
        Map<String, byte[]> files = Map.of(shipped.visualFile().key(), visual, shipped.textualFile().key(), textual,
                shipped.vocabFile().key(), vocabulary(shipped));

        EncoderRegistry encoders = new EncoderRegistry();
        encoders.add(new FingerprintEncoder());
        ClipModel model = null;
        try (HubServer hub = new HubServer()) {
            HubModel.use(hub);
            String installable = HubModel.publish(text, id, paths, files, hub);
            Path descriptor = Files.writeString(dir.resolve(id + ".properties"), installable);

            byte[] tampered = textual.clone();
            tampered[tampered.length / 2] ^= 0x55;
            HubModel.tamper(installable, shipped.textualFile().key(), textual, tampered, hub);
            CommandLineRun run = CommandLineRun.of(encoders, home, "models", "install", descriptor.toString());
            assertEquals(1, run.exit(), id + ": " + run.err());
            assertTrue(run.err().contains(shipped.textualFile().path() + " downloaded from ") && run.err().contains(" does not match: "),
                    id + ": " + run.err());
            assertEquals(List.of(), children(home.resolve("models")), id + ": nothing is left behind");

            HubModel.publish(text, id, paths, files, hub);
            run = CommandLineRun.of(encoders, home, "models", "install", descriptor.toString());
            assertEquals(0, run.exit(), id + ": " + run.err());

            model = new ModelCatalog(home.resolve("models")).open(id, 1);
            encoders.add(new OnnxImageEncoder(model));
            encoders.addText(new OnnxTextEncoder(model));

            run = CommandLineRun.of(encoders, home, "add", pictures.toString());
            assertEquals(0, run.exit(), id + ": " + run.err());
            run = CommandLineRun.of(encoders, home, "lib", "info", "--json");
            assertTrue(run.out().contains("\"" + id + "\""), id + ": the library holds the model's vectors: " + run.out());

            String words = shipped.tokenizer() == ModelDescriptor.TokenizerKind.WORDPIECE ? "红色的花" : "a photo of the sea";
            run = CommandLineRun.of(encoders, home, "search", "--json", "--text", words);
            assertEquals(0, run.exit(), id + ": " + run.err());
            assertEquals(3, count(run.out(), "\"rank\""), id + ": words found in no name find every picture by the model: " + run.out());

            Path query = pictures.resolve("red-flower.png");
            run = CommandLineRun.of(encoders, home, "search", "--json", "--model", id, query.toString());
            assertEquals(0, run.exit(), id + ": " + run.err());
            assertTrue(run.out().contains("{\"rank\": 1, \"path\": \"" + query.toRealPath() + "\", \"similarity\": 100"),
                    id + ": the picture finds itself first: " + run.out());

            run = CommandLineRun.of(encoders, home, "search", "--json", "--text", "dog");
            assertEquals(0, run.exit(), id + ": " + run.err());
            assertTrue(run.out().contains("{\"rank\": 1, \"path\": \"" + pictures.resolve("dog-snow.png").toRealPath() + "\""),
                    id + ": the name and the model agree on it first: " + run.out());
            assertEquals(3, count(run.out(), "\"rank\""), id + ": the model ranks the others: " + run.out());
        } finally {
            HubModel.forget();
            if (model != null) {
                model.close();
            }
        }
    }

    /** The real CLIP BPE vocabulary, or a small WordPiece vocabulary with what the queries need. */
    private static byte[] vocabulary(ModelDescriptor d) throws IOException {
        if (d.tokenizer() == ModelDescriptor.TokenizerKind.CLIP_BPE) {
            return Files.readAllBytes(ModelsCommandTest.vocabulary());
        }
        return String.join("\n", "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "红", "色", "的", "花", "dog", "a", "photo", "of", "the",
                "sea", "##s", "").getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
