package dev.scry.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import dev.scry.testing.OnnxModelBuilder;

/** ONNX Runtime inside OSGi, with a model the test writes itself. */
class OnnxRuntimeTest {
    @TempDir
    Path folder;

    private final OnnxRuntime runtime = new OnnxRuntime();

    @Test
    void runsAGeneratedMatMulModel() throws Exception {
        // y = x . W with W = [[1, 2], [3, 4], [5, 6]], batch dimension dynamic
        Path model = new OnnxModelBuilder()
                .input("x", "batch", 3)
                .weights("W", new float[] { 1, 2, 3, 4, 5, 6 }, 3, 2)
                .node("MatMul", List.of("x", "W"), List.of("y"))
                .output("y", "batch", 2)
                .write(folder.resolve("matmul.onnx"));
        try (OrtSession session = runtime.open(model, 1);
                OnnxTensor x = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] { 1, 0, 1, 0, 1, 0 }),
                        new long[] { 2, 3 });
                OrtSession.Result result = session.run(Map.of("x", x))) {
            float[][] y = (float[][]) result.get(0).getValue();
            assertArrayEquals(new float[] { 6, 8 }, y[0]);
            assertArrayEquals(new float[] { 3, 4 }, y[1]);
        }
    }

    @Test
    void theEnvironmentIsTheProcessWideOneNamedScryAtWarningLevelAndOffersTheCpu() {
        OrtEnvironment environment = OnnxRuntime.environment();
        assertSame(OrtEnvironment.getEnvironment(), environment);
        assertTrue(environment.toString().startsWith("OrtEnvironment(name=scry,logLevel=ORT_LOGGING_LEVEL_WARNING,"),
                environment.toString());
        assertTrue(runtime.providers().contains(OrtProvider.CPU), runtime.providers().toString());
    }

    @Test
    void aFileThatIsNotAModelGetsAnErrorNamingIt() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.onnx"), "not a model");
        OrtException e = assertThrows(OrtException.class, () -> runtime.open(bad, 1));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> runtime.open(folder.resolve("missing.onnx"), 1));
    }
}
