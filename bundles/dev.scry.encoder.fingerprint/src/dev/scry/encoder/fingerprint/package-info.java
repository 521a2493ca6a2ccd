/**
 * The built-in visual fingerprint: an {@link dev.scry.encoder.ImageEncoder} with no learned weights
 * that describes a picture by its brightness layout, edge directions and colour layout, globally and
 * in overlapping windows, so re-saved, resized, recoloured, cropped, mirrored and turned copies find their original.
 */
package dev.scry.encoder.fingerprint;
