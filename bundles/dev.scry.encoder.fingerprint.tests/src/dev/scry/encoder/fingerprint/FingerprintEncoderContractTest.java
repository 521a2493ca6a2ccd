package dev.scry.encoder.fingerprint;

import dev.scry.encoder.ImageEncoder;
import dev.scry.testing.encoder.ImageEncoderContract;

class FingerprintEncoderContractTest extends ImageEncoderContract {
    private final FingerprintEncoder encoder = new FingerprintEncoder();

    @Override
    protected ImageEncoder encoder() {
        return encoder;
    }
}
