package dev.scry.encoder.clip;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.scry.encoder.EncodingException;
import dev.scry.encoder.Vectors;
import dev.scry.onnx.OnnxRuntime;
import dev.scry.onnx.SessionGuard;

/**
 * One installed model, ready to run: its descriptor, its folder, and (opened on first use, then
 * shared by every caller until {@link #close()}) an ONNX Runtime session for each tower and the
 * tokenizer. Thread-safe: ONNX Runtime sessions may run concurrently, and {@link #close()} waits for the
 * runs in progress to end before it frees the sessions; a run asked for after close fails with an
 * {@link EncodingException} saying that the model has been closed.
 */
public final class ClipModel implements AutoCloseable {
    private final ModelDescriptor descriptor;
    private final Path folder;
    private final int threads;
    private final ClipPreprocessor preprocessor;
    private OrtSession visual;
    private OrtSession textual;
    private Tokenizer tokenizer;
    private int maxBatch = -1;
    private final SessionGuard guard = new SessionGuard();

    /**
     * @param folder  the model's folder, holding the descriptor's files
     * @param threads intra-op threads per inference, 0 for all cores
     */
    public ClipModel(ModelDescriptor descriptor, Path folder, int threads) {
        this.descriptor = descriptor;
        this.folder = folder;
        this.threads = threads;
        this.preprocessor = new ClipPreprocessor(descriptor.image());
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    public Path folder() {
        return folder;
    }

    public ClipPreprocessor preprocessor() {
        return preprocessor;
    }

    /** The tokenizer, read from the model's vocabulary file on first use. */
    public synchronized Tokenizer tokenizer() throws EncodingException {
        if (tokenizer == null) {
            Path vocab = path(descriptor.vocabFile());
            try {
                tokenizer = switch (descriptor.tokenizer()) {
                    case CLIP_BPE -> ClipTokenizer.read(vocab, descriptor.contextLength());
                    case WORDPIECE -> WordPieceTokenizer.read(vocab, descriptor.lowerCase(), descriptor.contextLength());
                };
            } catch (IOException e) {
                throw new EncodingException(descriptor.id() + ": cannot read the tokenizer vocabulary " + vocab + ": " + e.getMessage(), e);
            }
        }
        return tokenizer;
    }

    private Path path(ModelFile file) throws EncodingException {
        Path path = folder.resolve(file.path());
        if (!Files.isRegularFile(path)) {
            throw new EncodingException(descriptor.id() + ": the model file " + path + " is missing; run 'scry models verify "
                    + descriptor.id() + "' or install the model again");
        }
        return path;
    }

    private synchronized OrtSession visual() throws EncodingException {
        check();
        if (visual == null) {
            OrtSession opened = open(descriptor.visualFile());
            NodeInfo input;
            try {
                input = opened.getInputInfo().get(descriptor.visualInput());
            } catch (OrtException e) {
                closeQuietly(opened);
                throw new EncodingException(descriptor.id() + ": cannot read the visual model's inputs: " + e.getMessage(), e);
            }
            if (input == null) {
                closeQuietly(opened);
                throw new EncodingException(descriptor.id() + ": the visual model has no input '" + descriptor.visualInput()
                        + "'; it has " + opened.getInputNames());
            }
            visual = opened;
            long batch = input.getInfo() instanceof TensorInfo info && info.getShape().length > 0 ? info.getShape()[0] : -1;
            maxBatch = batch > 0 ? (int) batch : 16;
        }
        return visual;
    }

    private synchronized OrtSession textual() throws EncodingException {
        check();
        if (textual == null) {
            textual = open(descriptor.textualFile());
        }
        return textual;
    }

    private void check() throws EncodingException {
        if (guard.isClosed()) {
            throw closedError();
        }
    }

    private EncodingException closedError() {
        return new EncodingException(descriptor.id() + ": the model has been closed");
    }

    /** Enters a run of the sessions; they stay open until the use is closed. */
    private SessionGuard.Use enter() throws EncodingException {
        SessionGuard.Use use = guard.enter();
        if (use == null) {
            throw closedError();
        }
        return use;
    }

    private OrtSession open(ModelFile file) throws EncodingException {
        Path path = path(file);
        try {
            return new OnnxRuntime().open(path, threads);
        } catch (OrtException | RuntimeException e) {
            throw new EncodingException(descriptor.id() + ": cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads the model as encoding will: opens both towers' ONNX Runtime sessions, checks that each has
     * the inputs and outputs the descriptor names, and reads the tokenizer. Files that are not ONNX
     * models, or models of another shape, fail here with a sentence naming the file or the name.
     */
    public void load() throws EncodingException {
        OrtSession image = visual();
        OrtSession text = textual();
        try {
            hasOutput(image, descriptor.visualOutput(), "visual");
            for (String input : List.of(descriptor.textInput(), descriptor.textMask(), descriptor.textTypes())) {
                if (!input.isEmpty() && !text.getInputNames().contains(input)) {
                    throw new EncodingException(descriptor.id() + ": the text model has no input '" + input + "'; it has "
                            + text.getInputNames());
                }
            }
            hasOutput(text, descriptor.textOutput(), "text");
        } catch (OrtException e) {
            throw new EncodingException(descriptor.id() + ": cannot read the model's inputs and outputs: " + e.getMessage(), e);
        }
        tokenizer();
    }

    private void hasOutput(OrtSession session, String output, String tower) throws EncodingException, OrtException {
        if (!output.isEmpty() && !session.getOutputNames().contains(output)) {
            throw new EncodingException(descriptor.id() + ": the " + tower + " model has no output '" + output + "'; it has "
                    + session.getOutputNames());
        }
    }

    /**
     * Opens the text tower and reads the tokenizer now, rather than at the first text query (a warm-up,
     * and how a benchmark tells loading from encoding).
     */
    public void openText() throws EncodingException {
        tokenizer();
        textual();
    }

    /** The largest batch one run of the visual model takes (fixed by the model, else 16). */
    public int maxBatch() throws EncodingException {
        visual();
        return maxBatch;
    }

    /** Runs the visual model on ready-made tensors, {@code count} pictures, and returns unit vectors. */
    List<float[]> runVisual(float[] pixels, int count) throws EncodingException {
        try (SessionGuard.Use use = enter()) {
            return runVisual(visual(), pixels, count);
        }
    }

    private List<float[]> runVisual(OrtSession session, float[] pixels, int count) throws EncodingException {
        int size = descriptor.image().size();
        OrtEnvironment env = OnnxRuntime.environment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels, 0, count * 3 * size * size),
                new long[] { count, 3, size, size }); OrtSession.Result result = session.run(Map.of(descriptor.visualInput(), tensor))) {
            return vectors(result, descriptor.visualOutput(), count, "visual");
        } catch (OrtException e) {
            throw new EncodingException(descriptor.id() + ": the visual model failed: " + e.getMessage(), e);
        }
    }

    /** Tokenizes and runs the text model, returning a unit vector. */
    float[] runText(String text) throws EncodingException {
        long[] ids = tokenizer().encode(text);
        try (SessionGuard.Use use = enter()) {
            return runText(textual(), ids);
        }
    }

    private float[] runText(OrtSession session, long[] ids) throws EncodingException {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(descriptor.textInput(), integers(env, session, descriptor.textInput(), ids));
            if (!descriptor.textMask().isEmpty() && declares(session, descriptor.textMask())) {
                // 1 up to and including the end token (the last id that is not padding), 0 after it
                long[] mask = new long[ids.length];
                long pad = tokenizer().padId();
                int last = ids.length - 1;
                while (last > 0 && ids[last] == pad) {
                    last--;
                }
                java.util.Arrays.fill(mask, 0, last + 1, 1L);
                inputs.put(descriptor.textMask(), integers(env, session, descriptor.textMask(), mask));
            }
            if (!descriptor.textTypes().isEmpty() && declares(session, descriptor.textTypes())) {
                inputs.put(descriptor.textTypes(), integers(env, session, descriptor.textTypes(), new long[ids.length]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return vectors(result, descriptor.textOutput(), 1, "textual").get(0);
            }
        } catch (OrtException e) {
            throw new EncodingException(descriptor.id() + ": the text model failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Whether the text model has an input of this name (exports differ: many have no attention mask). */
    private static boolean declares(OrtSession session, String input) {
        return session.getInputNames().contains(input);
    }

    /** A [1, n] tensor of the integer type the model's input wants (int64 or int32). */
    private OnnxTensor integers(OrtEnvironment env, OrtSession session, String name, long[] values)
            throws OrtException, EncodingException {
        NodeInfo info;
        try {
            info = session.getInputInfo().get(name);
        } catch (OrtException e) {
            throw new EncodingException(descriptor.id() + ": cannot read the text model's inputs: " + e.getMessage(), e);
        }
        if (info == null) {
            throw new EncodingException(descriptor.id() + ": the text model has no input '" + name + "'; it has "
                    + session.getInputNames());
        }
        long[] shape = { 1, values.length };
        if (info.getInfo() instanceof TensorInfo tensor && tensor.type == OnnxJavaType.INT32) {
            int[] ints = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                ints[i] = (int) values[i];
            }
            return OnnxTensor.createTensor(env, IntBuffer.wrap(ints), shape);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }

    private List<float[]> vectors(OrtSession.Result result, String output, int count, String tower) throws EncodingException,
            OrtException {
        OnnxValue value = output.isEmpty() ? result.get(0) : result.get(output).orElseThrow(() -> new EncodingException(
                descriptor.id() + ": the " + tower + " model has no output '" + output + "'"));
        if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().type != OnnxJavaType.FLOAT) {
            throw new EncodingException(descriptor.id() + ": the " + tower + " output '" + output + "' is not a float tensor");
        }
        long[] shape = tensor.getInfo().getShape();
        long per = 1;
        for (int i = 1; i < shape.length; i++) {
            per *= shape[i];
        }
        if (shape.length < 1 || shape[0] != count || per != descriptor.dimension()) {
            throw new EncodingException(descriptor.id() + ": the " + tower + " output '" + output + "' has shape "
                    + java.util.Arrays.toString(shape) + ", expected [" + count + ", " + descriptor.dimension() + "]");
        }
        FloatBuffer data = tensor.getFloatBuffer();
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[descriptor.dimension()];
            data.get(v);
            vectors.add(Vectors.normalize(v));
        }
        return vectors;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to do
        }
    }

    /** Refuses new runs, waits for the runs in progress to end, then frees the sessions. */
    @Override
    public void close() {
        guard.close(this::freeSessions);
    }

    private synchronized void freeSessions() {
        for (OrtSession session : new OrtSession[] { visual, textual }) {
            if (session != null) {
                closeQuietly(session);
            }
        }
        visual = null;
        textual = null;
    }
}
