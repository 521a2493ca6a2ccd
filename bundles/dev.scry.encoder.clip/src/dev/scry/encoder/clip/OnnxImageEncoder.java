package dev.scry.encoder.clip;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.PictureSize;

/**
 * The image tower of a CLIP-family model as an {@link ImageEncoder}: pictures are preprocessed as the
 * model's recipe says and encoded in batches by ONNX Runtime; vectors are L2-normalised.
 */
public final class OnnxImageEncoder implements ImageEncoder {
    private final ClipModel model;

    public OnnxImageEncoder(ClipModel model) {
        this.model = model;
    }

    public ClipModel model() {
        return model;
    }

    @Override
    public String id() {
        return model.descriptor().id();
    }

    @Override
    public String version() {
        return model.descriptor().version();
    }

    @Override
    public String label() {
        return model.descriptor().label();
    }

    @Override
    public int dimension() {
        return model.descriptor().dimension();
    }

    /** The recipe's resize, so that pictures decoded with it reach the model as PIL would make them. */
    @Override
    public Optional<PictureSize> inputSize() {
        return Optional.of(model.preprocessor().inputSize());
    }

    @Override
    public float[] encode(BufferedImage image) throws EncodingException {
        return encodeAll(java.util.Collections.singletonList(image)).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<BufferedImage> images) throws EncodingException {
        for (BufferedImage image : images) {
            check(image);
        }
        List<float[]> vectors = new ArrayList<>(images.size());
        if (images.isEmpty()) {
            return vectors;
        }
        ClipPreprocessor preprocessor = model.preprocessor();
        int batch = Math.min(model.maxBatch(), images.size());
        int length = preprocessor.tensorLength();
        float[] pixels = new float[batch * length];
        for (int start = 0; start < images.size(); start += batch) {
            int count = Math.min(batch, images.size() - start);
            for (int i = 0; i < count; i++) {
                preprocessor.toTensor(images.get(start + i), pixels, i * length);
            }
            vectors.addAll(model.runVisual(pixels, count));
        }
        return vectors;
    }

    private void check(BufferedImage image) throws EncodingException {
        if (image == null) {
            throw new EncodingException("no picture to encode");
        }
        if (image.getWidth() < ClipPreprocessor.MIN_SIDE || image.getHeight() < ClipPreprocessor.MIN_SIDE) {
            throw new EncodingException("the picture is too small to encode: " + image.getWidth() + "x" + image.getHeight()
                    + " pixels (" + id() + " needs at least " + ClipPreprocessor.MIN_SIDE + " on each side)");
        }
    }

    @Override
    public String toString() {
        return "OnnxImageEncoder[" + id() + "]";
    }
}
