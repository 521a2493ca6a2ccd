/** The e4 parts (plain objects with injected services): Library, Query and Results. */
package dev.scry.ui.parts;
