/** Custom SWT widgets: the thumbnail grid of the Results view and the picture preview of the Query view. */
package dev.scry.ui.widgets;
