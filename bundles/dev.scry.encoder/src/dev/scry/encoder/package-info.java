/**
 * The encoder service: what turns a picture ({@link dev.scry.encoder.ImageEncoder}) or a phrase
 * ({@link dev.scry.encoder.TextEncoder}) into a unit vector that the index compares by cosine, and the
 * {@link dev.scry.encoder.EncoderRegistry} that lists the encoders installed as OSGi services.
 *
 * @since 1.0
 */
package dev.scry.encoder;
