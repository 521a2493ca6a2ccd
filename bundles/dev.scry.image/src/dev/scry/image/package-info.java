/**
 * Images as Scry sees them: which files are pictures ({@link dev.scry.image.ImageFormat}), how they
 * are decoded with bounded memory and turned upright ({@link dev.scry.image.ImageLoader}), what their
 * file and EXIF metadata say ({@link dev.scry.image.ImageFacts}), and the clear error a file that
 * cannot be read gets ({@link dev.scry.image.UnreadableImageException}). Needs no display.
 */
package dev.scry.image;
