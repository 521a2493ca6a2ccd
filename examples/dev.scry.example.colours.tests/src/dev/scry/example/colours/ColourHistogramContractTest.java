package dev.scry.example.colours;

import dev.scry.encoder.ImageEncoder;
import dev.scry.testing.encoder.ImageEncoderContract;

/** The colour histogram passes the contract every Scry encoder must pass (the published test kit). */
class ColourHistogramContractTest extends ImageEncoderContract {
    private final ImageEncoder encoder = new ColourHistogramEncoder();

    @Override
    protected ImageEncoder encoder() {
        return encoder;
    }
}
