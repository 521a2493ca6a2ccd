package dev.scry.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/**
 * Opens ONNX models. The process-wide environment is created once, at warning log level, and with
 * ONNX Runtime's telemetry turned off right away: Scry is a local tool and sends nothing anywhere.
 * Sessions use all cores for one inference (intra-op). Scry ships ONNX Runtime's CPU build, so they run
 * on the CPU; the CUDA provider would be added only if a GPU build of ONNX Runtime replaced it.
 */
@Component(service = OnnxRuntime.class)
public class OnnxRuntime {
    private static OrtEnvironment environment;

    /** The shared environment, created on first use with telemetry off. */
    public static synchronized OrtEnvironment environment() {
        if (environment == null) {
            OrtEnvironment created = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "scry");
            try {
                created.setTelemetry(false);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot turn ONNX Runtime telemetry off: " + e.getMessage(), e);
            }
            environment = created;
        }
        return environment;
    }

    /** The execution providers the installed ONNX Runtime offers: CPU with the build Scry ships. */
    public EnumSet<OrtProvider> providers() {
        environment();
        return OrtEnvironment.getAvailableProviders();
    }

    /**
     * Opens a model file as a session for {@code threads} intra-op threads (0 = all cores).
     *
     * @throws OrtException if the file is not a model ONNX Runtime can run; the message names the file
     */
    public OrtSession open(Path model, int threads) throws OrtException {
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("no such model file: " + model);
        }
        OrtEnvironment env = environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            options.setInterOpNumThreads(1);
            if (OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                options.addCUDA();
            }
            return env.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new OrtException(e.getCode(), model + ": " + e.getMessage());
        }
    }
}
