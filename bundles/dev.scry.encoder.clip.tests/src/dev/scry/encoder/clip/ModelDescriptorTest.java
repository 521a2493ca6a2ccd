package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor format, the descriptors shipped from models/, and the catalog of a models folder. */
class ModelDescriptorTest {
    @TempDir
    Path temp;

    private static ModelDescriptor parse(String text) throws ModelException {
        return ModelDescriptor.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties");
    }

    @Test
    void theShippedDescriptorsAreTheKnownModels() {
        List<ModelDescriptor> known = ModelCatalog.shipped();
        assertEquals(List.of("chinese-clip-vit-b16", "clip-vit-b32", "tinyclip-vit-39m-16", "tinyclip-vit-8m-16",
                "xenova-clip-vit-base-patch16", "xenova-clip-vit-base-patch32", "xenova-mobileclip-s0"),
                known.stream().map(ModelDescriptor::id).sorted().toList());
        for (ModelDescriptor d : known) {
            assertEquals(512, d.dimension(), d.id());
            assertEquals(3, d.files().size(), d.id());
            assertTrue(d.visualFile() != null && d.textualFile() != null && d.vocabFile() != null, d.id());
        }
    }

    @Test
    void everyDownloadAddressPinsACommitButTwoThatArePinnedAtInstall() {
        java.util.Set<String> unpinned = new java.util.TreeSet<>();
        for (ModelDescriptor d : ModelCatalog.shipped()) {
            for (ModelFile f : d.files()) {
                if (!f.hasUrl()) {
                    continue;
                }
                java.util.regex.Matcher hub = java.util.regex.Pattern.compile("https://huggingface\\.co/[^/]+/[^/]+/resolve/([^/]+)/.+")
                        .matcher(f.url());
                java.util.regex.Matcher github = java.util.regex.Pattern.compile("https://raw\\.githubusercontent\\.com/[^/]+/[^/]+/([^/]+)/.+")
                        .matcher(f.url());
                assertTrue(hub.matches() || github.matches(), d.id() + ": " + f.url());
                String revision = hub.matches() ? hub.group(1) : github.group(1);
                if (!revision.matches("[0-9a-f]{40}")) {
                    assertEquals("main", revision, d.id() + ": " + f.url());
                    unpinned.add(d.id());
                }
                if (github.matches()) {
                    assertTrue(f.hasChecksum(), "GitHub publishes no SHA-256, the descriptor must: " + d.id() + " " + f.path());
                }
            }
        }
        assertEquals(java.util.Set.of("xenova-clip-vit-base-patch16", "xenova-mobileclip-s0"), unpinned);
    }

    @Test
    void immichsOpenAiClipIsPinnedWithThePublishedFacts() {
        ModelDescriptor clip = new ModelCatalog(temp).known("clip-vit-b32").orElseThrow();
        String base = "https://huggingface.co/immich-app/ViT-B-32__openai/resolve/77520f2136c0467e32b012be8d190ccf110c5667/";
        assertEquals(base + "visual/model.onnx", clip.visualFile().url());
        assertEquals("91e4cb08370fa3bab75e4c8f2e35dff1c39a633aa3979bd9c06f142694cdef42", clip.visualFile().sha256());
        assertEquals(351_462_928L, clip.visualFile().size());
        assertEquals(base + "textual/model.onnx", clip.textualFile().url());
        assertEquals("0b2072cd60a0c789ce418ad684d1ddc1a3936434b2bfeaff9f2eb6b1c06a4ec0", clip.textualFile().sha256());
        assertEquals(253_802_891L, clip.textualFile().size());
        assertEquals("https://raw.githubusercontent.com/openai/CLIP/3bee28119e6b28e75b82b811b87b56935314e6a5/clip/bpe_simple_vocab_16e6.txt.gz",
                clip.vocabFile().url());
        assertEquals("image", clip.visualInput());
        assertEquals("text", clip.textInput());
        assertEquals("", clip.textMask());
    }

    @Test
    void openAiClipHasTheReferenceRecipe() {
        ModelDescriptor clip = new ModelCatalog(temp).known("clip-vit-b32").orElseThrow();
        ImageRecipe recipe = clip.image();
        assertEquals(224, recipe.size());
        assertEquals(ImageRecipe.Resize.SHORTEST, recipe.resize());
        assertEquals(ImageRecipe.Interpolation.BICUBIC, recipe.interpolation());
        assertTrue(recipe.centerCrop());
        assertArrayEquals(new float[] { 0.48145466f, 0.4578275f, 0.40821073f }, recipe.mean());
        assertArrayEquals(new float[] { 0.26862954f, 0.26130258f, 0.27577711f }, recipe.std());
        assertFalse(recipe.bgr());
        assertEquals(ModelDescriptor.TokenizerKind.CLIP_BPE, clip.tokenizer());
        assertEquals(77, clip.contextLength());
        assertEquals("924691ac288e54409236115652ad4aa250f48203de50a9e4722a6ecd48d6804a", clip.vocabFile().sha256());
        assertTrue(clip.vocabFile().url().startsWith("https://"));
    }

    @Test
    void chineseClipSquashesAndUsesWordPiece() {
        ModelDescriptor cn = new ModelCatalog(temp).known("chinese-clip-vit-b16").orElseThrow();
        assertEquals(ImageRecipe.Resize.SQUASH, cn.image().resize());
        assertFalse(cn.image().centerCrop());
        assertEquals(ModelDescriptor.TokenizerKind.WORDPIECE, cn.tokenizer());
        assertEquals(52, cn.contextLength());
        assertTrue(cn.lowerCase());
    }

    @Test
    void brokenDescriptorsAreRefusedWithTheReason() {
        String good = TestModels.descriptor("ok", "", "", "", "");
        assertEquals("ok", assertDoesNotThrow(good).id());
        assertMessage(good.replace("format = scry-model/1", "format = other"), "not a Scry model descriptor");
        assertMessage(good.replace("id = ok", "id = Not OK"), "must be lower-case");
        assertMessage(good.replace("dimension = 32", "dimension = -3"), "dimension must be a positive whole number");
        assertMessage(good.replace("visual.file = visual", "visual.file = vision"), "visual.file = vision is not one of the files");
        assertMessage(good.replace("tokenizer = clip-bpe", "tokenizer = sentencepiece"), "unknown tokenizer 'sentencepiece'");
        assertMessage(good.replace("file.visual.path = visual/model.onnx", "file.visual.path = ../x.onnx"), "relative path");
        assertMessage(good.replace("file.visual.sha256 = ", "file.visual.sha256 = 12ab"), "64 hexadecimal digits");
        assertMessage(good + "image.mean = 1, 2\n", "image.mean needs three numbers");
        assertMessage(good + "image.resize = stretch\n", "image.resize must be shortest or squash");
        assertMessage(good.replace("files = visual, textual, vocab", "files = visual, textual"), "is not one of the files");
    }

    private static ModelDescriptor assertDoesNotThrow(String text) {
        try {
            return parse(text);
        } catch (ModelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static void assertMessage(String text, String expected) {
        ModelException e = assertThrows(ModelException.class, () -> parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.properties: "), e.getMessage());
    }

    @Test
    void theCatalogListsInstalledModelsAndExplainsBrokenOnes() throws Exception {
        Path models = temp.resolve("models");
        ModelCatalog catalog = new ModelCatalog(models, List.of());
        assertTrue(catalog.installed().isEmpty(), "no folder yet: nothing installed");
        TestModels.installByHand(models, "custom-one");
        Files.createDirectories(models.resolve("no-descriptor"));
        Files.createDirectories(models.resolve("wrong-name"));
        Files.writeString(models.resolve("wrong-name/model.properties"), TestModels.descriptor("other", "", "", "", ""));
        Files.createDirectories(models.resolve(".partial-x-123"));
        List<InstalledModel> installed = catalog.installed();
        assertEquals(List.of("custom-one", "no-descriptor", "wrong-name"), installed.stream().map(InstalledModel::id).toList());
        assertTrue(installed.get(0).readable());
        assertTrue(installed.get(1).problem().contains("no model.properties"), installed.get(1).problem());
        assertTrue(installed.get(2).problem().contains("has id 'other' but its folder is named 'wrong-name'"), installed.get(2).problem());

        ModelException missing = assertThrows(ModelException.class, () -> catalog.open("nothing", 1));
        assertTrue(missing.getMessage().contains("no model 'nothing' is installed"), missing.getMessage());
        try (ClipModel model = catalog.open("custom-one", 1)) {
            assertEquals("custom-one", model.descriptor().id());
        }
    }

    @Test
    void theHomeComesFromThePropertyFirst() {
        String before = System.getProperty(ModelCatalog.HOME_PROPERTY);
        try {
            System.setProperty(ModelCatalog.HOME_PROPERTY, temp.toString());
            assertEquals(temp.toAbsolutePath().resolve("models"), ModelCatalog.defaultModelsFolder());
        } finally {
            if (before == null) {
                System.clearProperty(ModelCatalog.HOME_PROPERTY);
            } else {
                System.setProperty(ModelCatalog.HOME_PROPERTY, before);
            }
        }
    }
}
