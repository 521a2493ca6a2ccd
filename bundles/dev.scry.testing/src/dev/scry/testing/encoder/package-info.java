/**
 * Published API, the encoder test kit: {@link dev.scry.testing.encoder.ImageEncoderContract}, the suite
 * every {@link dev.scry.encoder.ImageEncoder} must pass, built-in or from a plugin. A plugin's test
 * fragment subclasses it and returns its encoder; JUnit 5 runs the inherited tests.
 *
 * @since 1.0
 */
package dev.scry.testing.encoder;
