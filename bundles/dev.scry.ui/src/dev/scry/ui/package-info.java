/**
 * Scry's workbench views, contributed to the e4 application by {@code fragment.e4xmi}: the library,
 * query and results parts, the events they exchange ({@link dev.scry.ui.ScryEvents}) and their
 * translated strings ({@link dev.scry.ui.Messages}).
 */
package dev.scry.ui;
