package dev.scry.encoder.clip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.encoder.ImageEncoder;
import dev.scry.testing.encoder.ImageEncoderContract;

/** The ONNX image encoder, with a generated visual model, passes the contract every encoder must pass. */
class OnnxImageEncoderContractTest extends ImageEncoderContract {
    @TempDir
    static Path home;
    private static ClipModel model;
    private static OnnxImageEncoder encoder;

    @BeforeAll
    static void install() throws Exception {
        TestModels.installByHand(home.resolve("models"), "tiny-clip");
        model = new ModelCatalog(home.resolve("models"), List.of()).open("tiny-clip", 1);
        encoder = new OnnxImageEncoder(model);
    }

    @AfterAll
    static void close() throws IOException {
        model.close();
    }

    @Override
    protected ImageEncoder encoder() {
        return encoder;
    }
}
