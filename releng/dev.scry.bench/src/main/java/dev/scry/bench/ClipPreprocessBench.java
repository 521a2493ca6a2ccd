package dev.scry.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.scry.encoder.clip.ClipPreprocessor;
import dev.scry.encoder.clip.ImageRecipe;
import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.PictureSize;

/**
 * How close the tensor a CLIP model gets from Scry is to PIL's (releng/bench/clip-preprocess.sh): for
 * each picture with a reference tensor (clip_pil_tensors.py), the cosine of Scry's tensor to PIL's,
 * made as indexing did before (the 512 px decode, subsampled, resized again by the model) and as it
 * does now (PIL's resize of the full-resolution pixels, {@link ImageLoader#load(Path, java.util.Collection)}).
 *
 * <pre>ClipPreprocessBench REFERENCE_DIR LABEL PICTURE_DIR [LABEL PICTURE_DIR ...]</pre>
 */
public final class ClipPreprocessBench {
    public static void main(String[] args) throws Exception {
        Path references = Path.of(args[0]);
        ClipPreprocessor preprocessor = new ClipPreprocessor(ImageRecipe.openAiClip());
        PictureSize size = preprocessor.inputSize();
        ImageLoader loader = new ImageLoader(512);
        for (int a = 1; a + 1 < args.length; a += 2) {
            String label = args[a];
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(args[a + 1]))) {
                files = list.filter(p -> Files.isRegularFile(references.resolve(p.getFileName() + ".f32"))).sorted().toList();
            }
            double worstBefore = 1;
            double worstAfter = 1;
            String whereBefore = "";
            String whereAfter = "";
            int larger = 0;
            java.util.Map<String, double[]> byFormat = new java.util.TreeMap<>();
            for (Path file : files) {
                float[] pil = read(references.resolve(file.getFileName() + ".f32"), preprocessor.tensorLength());
                LoadedImage image = loader.load(file, List.of(size));
                if (Math.max(image.width(), image.height()) <= 512) {
                    continue; // only pictures larger than the decode size
                }
                larger++;
                float[] before = new float[pil.length];
                float[] after = new float[pil.length];
                preprocessor.toTensor(loader.load(file).pixels(), before, 0); // the decode as it was: subsampled, 512 px
                preprocessor.toTensor(image.pixels(size), after, 0);
                double b = cosine(pil, before);
                double c = cosine(pil, after);
                System.out.printf(Locale.ROOT, "%-8s %-48s %5dx%-5d before %.5f  now %.6f%n", label, file.getFileName(), image.width(),
                        image.height(), b, c);
                String ext = file.getFileName().toString().replaceAll(".*\\.", "").toLowerCase(Locale.ROOT);
                double[] worst = byFormat.computeIfAbsent(ext, k -> new double[] { 1, 1, 0 });
                worst[0] = Math.min(worst[0], b);
                worst[1] = Math.min(worst[1], c);
                worst[2]++;
                if (b < worstBefore) {
                    worstBefore = b;
                    whereBefore = file.getFileName().toString();
                }
                if (c < worstAfter) {
                    worstAfter = c;
                    whereAfter = file.getFileName().toString();
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d pictures larger than 512 px; worst cosine to PIL's tensor before %.5f (%s), now %.6f (%s)%n",
                    label, larger, worstBefore, whereBefore, worstAfter, whereAfter);
            byFormat.forEach((ext, w) -> System.out.printf(Locale.ROOT, "  %s %s: %d pictures, worst before %.5f, now %.6f%n", label, ext,
                    (int) w[2], w[0], w[1]));
        }
    }

    private static float[] read(Path file, int length) throws java.io.IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[length];
        bytes.asFloatBuffer().get(out);
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
