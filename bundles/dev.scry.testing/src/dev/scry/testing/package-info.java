/**
 * What Scry's test fragments share: pictures drawn on demand ({@link dev.scry.testing.TestPictures})
 * and the contract every image encoder must pass ({@link dev.scry.testing.ImageEncoderContract}), a
 * folder of known duplicates ({@link dev.scry.testing.DuplicatePictures}) and CLIP's BPE vocabulary
 * ({@link dev.scry.testing.ClipVocabulary}).
 */
package dev.scry.testing;
