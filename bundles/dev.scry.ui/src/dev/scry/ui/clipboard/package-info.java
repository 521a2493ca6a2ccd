/**
 * Clipboard and drag-and-drop formats beyond SWT's own: the Windows "Preferred DropEffect" (copy or
 * cut of files for Explorer) and device-independent bitmaps (CF_DIB), as platform-neutral logic, and
 * the {@link dev.scry.ui.clipboard.PlatformTransfers} through which the Windows fragment adds its
 * native transfers.
 */
package dev.scry.ui.clipboard;
