/**
 * Windows only: the clipboard formats Windows applications use for pictures (PNG and CF_DIB), the
 * "Preferred DropEffect" that tells Explorer whether files were copied or cut, and revealing a file in
 * Explorer. Compiled against SWT for win32; the platform-neutral parts live in
 * {@code dev.scry.ui.clipboard} and are tested there.
 */
package dev.scry.ui.win32;
