package dev.scry.encoder.clip;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What Scry needs to know to install and run one CLIP-family model, read from a descriptor: a
 * {@code java.util.Properties} file (UTF-8) whose keys are documented in {@code models/README.md}.
 * The first key, {@code format = scry-model/1}, marks a file as a descriptor.
 */
public final class ModelDescriptor {
    /** The value of the {@code format} key this reader understands. */
    public static final String FORMAT = "scry-model/1";
    /** The descriptor's name inside an installed model's folder. */
    public static final String FILE_NAME = "model.properties";

    /** The tokenizers Scry implements. */
    public enum TokenizerKind {
        /** OpenAI CLIP's byte-level BPE (lower-cased; start 49406, end 49407, padded with 0). */
        CLIP_BPE("clip-bpe"),
        /** BERT WordPiece ([CLS] ... [SEP], padded with 0), as Chinese-CLIP and multilingual BERT models use. */
        WORDPIECE("wordpiece");

        private final String key;

        TokenizerKind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static TokenizerKind of(String key, String where) throws ModelException {
            for (TokenizerKind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            throw new ModelException(where + ": unknown tokenizer '" + key + "' (known: clip-bpe, wordpiece)");
        }
    }

    private final String id;
    private final String label;
    private final String version;
    private final int dimension;
    private final String source;
    private final Map<String, ModelFile> files;
    private final String visualFile;
    private final String visualInput;
    private final String visualOutput;
    private final ImageRecipe image;
    private final String textualFile;
    private final String textInput;
    private final String textMask;
    private final String textTypes;
    private final String textOutput;
    private final TokenizerKind tokenizer;
    private final String vocabFile;
    private final int contextLength;
    private final boolean lowerCase;
    private final byte[] text;

    private ModelDescriptor(Properties p, byte[] text, String where) throws ModelException {
        this.text = text;
        String format = p.getProperty("format", "").strip();
        if (!FORMAT.equals(format)) {
            throw new ModelException(where + ": not a Scry model descriptor (it needs 'format = " + FORMAT + "')");
        }
        id = required(p, "id", where);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new ModelException(where + ": the id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        label = p.getProperty("label", id).strip();
        version = p.getProperty("version", "1").strip();
        dimension = positive(p, "dimension", where);
        source = p.getProperty("source", "").strip();

        files = new LinkedHashMap<>();
        for (String key : list(required(p, "files", where))) {
            String path = required(p, "file." + key + ".path", where);
            if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                throw new ModelException(where + ": file." + key + ".path must be a relative path inside the model's folder");
            }
            String size = p.getProperty("file." + key + ".size", "").strip();
            long bytes;
            try {
                bytes = size.isEmpty() ? 0 : Long.parseLong(size);
            } catch (NumberFormatException e) {
                throw new ModelException(where + ": file." + key + ".size is not a number: " + size);
            }
            String sha = p.getProperty("file." + key + ".sha256", "").strip();
            if (!sha.isEmpty() && !sha.matches("[0-9a-fA-F]{64}")) {
                throw new ModelException(where + ": file." + key + ".sha256 is not 64 hexadecimal digits");
            }
            files.put(key, new ModelFile(key, path, p.getProperty("file." + key + ".url", ""), sha, bytes));
        }

        visualFile = fileKey(p, "visual.file", where);
        visualInput = p.getProperty("visual.input", "pixel_values").strip();
        visualOutput = p.getProperty("visual.output", "image_embeds").strip();
        image = recipe(p, where);

        textualFile = fileKey(p, "textual.file", where);
        textInput = p.getProperty("textual.input", "input_ids").strip();
        textMask = p.getProperty("textual.mask", "").strip();
        textTypes = p.getProperty("textual.types", "").strip();
        textOutput = p.getProperty("textual.output", "text_embeds").strip();
        tokenizer = TokenizerKind.of(p.getProperty("tokenizer", "clip-bpe").strip(), where);
        vocabFile = fileKey(p, "tokenizer.vocab", where);
        contextLength = p.containsKey("tokenizer.context") ? positive(p, "tokenizer.context", where)
                : tokenizer == TokenizerKind.CLIP_BPE ? 77 : 52;
        lowerCase = Boolean.parseBoolean(p.getProperty("tokenizer.lowercase", "true").strip());
    }

    /** Reads a descriptor from a file. */
    public static ModelDescriptor read(Path file) throws ModelException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a descriptor; {@code where} names it in error messages. */
    public static ModelDescriptor read(InputStream in, String where) throws ModelException {
        Properties p = new Properties();
        byte[] text;
        try (in) {
            text = in.readAllBytes();
            p.load(new InputStreamReader(new java.io.ByteArrayInputStream(text), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelException("cannot read " + where + ": " + e.getMessage(), e);
        }
        return new ModelDescriptor(p, text, where);
    }

    /** Writes this descriptor, byte for byte as read, to a file, e.g. into an installed model's folder. */
    public void write(Path file) throws IOException {
        Files.write(file, text);
    }

    /** This descriptor with the given keys set (each line replaced, or added at the end), as read back. */
    public ModelDescriptor with(java.util.Map<String, String> keys) throws ModelException {
        DescriptorText edited = new DescriptorText(new String(text, StandardCharsets.UTF_8));
        keys.forEach(edited::set);
        return read(new java.io.ByteArrayInputStream(edited.toString().getBytes(StandardCharsets.UTF_8)), id);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String version() {
        return version;
    }

    public int dimension() {
        return dimension;
    }

    /** Where the model comes from, for people (a web page); may be empty. */
    public String source() {
        return source;
    }

    /** The files, in the descriptor's order. */
    public List<ModelFile> files() {
        return List.copyOf(files.values());
    }

    public Optional<ModelFile> file(String key) {
        return Optional.ofNullable(files.get(key));
    }

    public ModelFile visualFile() {
        return files.get(visualFile);
    }

    public String visualInput() {
        return visualInput;
    }

    /** The name of the image embedding output; empty for the model's first output. */
    public String visualOutput() {
        return visualOutput;
    }

    public ImageRecipe image() {
        return image;
    }

    public ModelFile textualFile() {
        return files.get(textualFile);
    }

    public String textInput() {
        return textInput;
    }

    /** The name of the attention-mask input, or empty when the model has none. */
    public String textMask() {
        return textMask;
    }

    /** The name of the token-type input (all zeros), or empty when the model has none. */
    public String textTypes() {
        return textTypes;
    }

    /** The name of the text embedding output; empty for the model's first output. */
    public String textOutput() {
        return textOutput;
    }

    public TokenizerKind tokenizer() {
        return tokenizer;
    }

    public ModelFile vocabFile() {
        return files.get(vocabFile);
    }

    public int contextLength() {
        return contextLength;
    }

    /** Whether a WordPiece tokenizer lower-cases and strips accents (BERT's {@code do_lower_case}). */
    public boolean lowerCase() {
        return lowerCase;
    }

    @Override
    public String toString() {
        return id + " (" + label + ", " + dimension + " dimensions)";
    }

    private String fileKey(Properties p, String key, String where) throws ModelException {
        String value = required(p, key, where);
        if (!files.containsKey(value)) {
            throw new ModelException(where + ": " + key + " = " + value + " is not one of the files " + files.keySet());
        }
        return value;
    }

    private static ImageRecipe recipe(Properties p, String where) throws ModelException {
        int size = p.containsKey("image.size") ? positive(p, "image.size", where) : 224;
        String resize = p.getProperty("image.resize", "shortest").strip().toLowerCase(Locale.ROOT);
        ImageRecipe.Resize mode = switch (resize) {
            case "shortest" -> ImageRecipe.Resize.SHORTEST;
            case "squash" -> ImageRecipe.Resize.SQUASH;
            default -> throw new ModelException(where + ": image.resize must be shortest or squash, not " + resize);
        };
        String interpolation = p.getProperty("image.interpolation", "bicubic").strip().toLowerCase(Locale.ROOT);
        ImageRecipe.Interpolation filter = switch (interpolation) {
            case "bicubic" -> ImageRecipe.Interpolation.BICUBIC;
            case "bilinear" -> ImageRecipe.Interpolation.BILINEAR;
            default -> throw new ModelException(where + ": image.interpolation must be bicubic or bilinear, not " + interpolation);
        };
        String crop = p.getProperty("image.crop", "center").strip().toLowerCase(Locale.ROOT);
        if (!crop.equals("center") && !crop.equals("none")) {
            throw new ModelException(where + ": image.crop must be center or none, not " + crop);
        }
        if (crop.equals("none") && mode == ImageRecipe.Resize.SHORTEST) {
            throw new ModelException(where + ": image.crop = none needs image.resize = squash (the tensor is square)");
        }
        ImageRecipe defaults = ImageRecipe.openAiClip();
        float[] mean = triple(p, "image.mean", defaults.mean(), where);
        float[] std = triple(p, "image.std", defaults.std(), where);
        String channels = p.getProperty("image.channels", "RGB").strip().toUpperCase(Locale.ROOT);
        if (!channels.equals("RGB") && !channels.equals("BGR")) {
            throw new ModelException(where + ": image.channels must be RGB or BGR, not " + channels);
        }
        return new ImageRecipe(size, mode, filter, crop.equals("center"), mean, std, channels.equals("BGR"));
    }

    private static float[] triple(Properties p, String key, float[] fallback, String where) throws ModelException {
        if (!p.containsKey(key)) {
            return fallback.clone();
        }
        List<String> parts = list(p.getProperty(key));
        if (parts.size() != 3) {
            throw new ModelException(where + ": " + key + " needs three numbers (R, G, B)");
        }
        float[] values = new float[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Float.parseFloat(parts.get(i));
            } catch (NumberFormatException e) {
                throw new ModelException(where + ": " + key + " has a value that is not a number: " + parts.get(i));
            }
        }
        return values;
    }

    private static String required(Properties p, String key, String where) throws ModelException {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new ModelException(where + ": the key '" + key + "' is missing");
        }
        return value;
    }

    private static int positive(Properties p, String key, String where) throws ModelException {
        String value = required(p, key, where);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ModelException(where + ": " + key + " must be a positive whole number, not " + value);
    }

    private static List<String> list(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
