/**
 * CLIP-family encoders run with ONNX Runtime: model descriptors ({@link dev.scry.encoder.clip.ModelDescriptor}),
 * the catalog of known and installed models ({@link dev.scry.encoder.clip.ModelCatalog}), their
 * installation with checksums ({@link dev.scry.encoder.clip.ModelInstaller}), the reference image
 * preprocessing ({@link dev.scry.encoder.clip.ClipPreprocessor}) and tokenizers
 * ({@link dev.scry.encoder.clip.ClipTokenizer}, {@link dev.scry.encoder.clip.WordPieceTokenizer}), and
 * the encoders ({@link dev.scry.encoder.clip.OnnxImageEncoder}, {@link dev.scry.encoder.clip.OnnxTextEncoder})
 * registered for every installed model by {@link dev.scry.encoder.clip.ClipEncoders}.
 */
package dev.scry.encoder.clip;
