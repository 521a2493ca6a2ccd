/**
 * What Scry's test fragments share: pictures drawn on demand ({@link dev.scry.testing.TestPictures})
 * (the contract every image encoder must pass is the published test kit, {@code dev.scry.testing.encoder}), a
 * folder of known duplicates ({@link dev.scry.testing.DuplicatePictures}) and CLIP's BPE vocabulary
 * ({@link dev.scry.testing.ClipVocabulary}).
 */
package dev.scry.testing;
