/** Handlers of the workbench's commands (menus and key bindings contributed by fragment.e4xmi). */
package dev.scry.ui.handlers;
