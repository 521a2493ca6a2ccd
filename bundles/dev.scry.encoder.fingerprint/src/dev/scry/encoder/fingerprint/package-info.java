/**
 * The built-in visual fingerprint: an {@link dev.scry.encoder.ImageEncoder} with no learned weights
 * that describes a picture by the low frequencies of its brightness and the layout of its colours,
 * so re-saved, resized and recoloured copies stay close to their original.
 */
package dev.scry.encoder.fingerprint;
