package dev.scry.encoder.clip;

/**
 * How a model wants its pictures: resized ({@link Resize#SHORTEST} side to {@link #size()} and then
 * centre-cropped, or {@link Resize#SQUASH}ed to a square), with which {@link Interpolation}, then
 * scaled to [0, 1], normalised with {@link #mean()} and {@link #std()} per channel, in the channel
 * order given, as an NCHW float32 tensor.
 */
public record ImageRecipe(int size, Resize resize, Interpolation interpolation, boolean centerCrop, float[] mean, float[] std,
        boolean bgr) {

    public enum Resize {
        /** The shortest side to {@code size}, keeping the aspect ratio (torchvision {@code Resize(size)}). */
        SHORTEST,
        /** Both sides to {@code size} (torchvision {@code Resize((size, size))}). */
        SQUASH
    }

    public enum Interpolation {
        /** PIL's {@code Image.BICUBIC} (a = -0.5, antialiased when shrinking). */
        BICUBIC,
        /** PIL's {@code Image.BILINEAR} (antialiased when shrinking). */
        BILINEAR
    }

    /** OpenAI CLIP's recipe at 224 pixels. */
    public static ImageRecipe openAiClip() {
        return new ImageRecipe(224, Resize.SHORTEST, Interpolation.BICUBIC, true,
                new float[] { 0.48145466f, 0.4578275f, 0.40821073f }, new float[] { 0.26862954f, 0.26130258f, 0.27577711f }, false);
    }
}
