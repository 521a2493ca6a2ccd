/**
 * Images as Scry sees them: which files are pictures ({@link dev.scry.image.ImageFormat}), how they
 * are decoded with bounded memory and turned upright ({@link dev.scry.image.ImageLoader}), what their
 * file and EXIF metadata say ({@link dev.scry.image.ImageFacts}), and the clear error a file that
 * cannot be read gets ({@link dev.scry.image.UnreadableImageException}); and two file facts every layer
 * shares: a file's SHA-256 ({@link dev.scry.image.ContentHash}) and removing a folder with all it holds
 * ({@link dev.scry.image.FolderTree}). Needs no display.
 *
 * @since 1.0
 */
package dev.scry.image;
