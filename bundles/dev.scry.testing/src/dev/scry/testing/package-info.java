/**
 * What Scry's test fragments share: pictures drawn on demand ({@link dev.scry.testing.TestPictures})
 * and the contract every image encoder must pass ({@link dev.scry.testing.ImageEncoderContract}).
 */
package dev.scry.testing;
