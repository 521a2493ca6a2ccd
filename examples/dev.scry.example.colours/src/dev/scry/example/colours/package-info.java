/**
 * An example Scry plugin written against the extension API only: a colour-histogram image encoder
 * ({@link dev.scry.example.colours.ColourHistogramEncoder}), a Markdown exporter
 * ({@link dev.scry.example.colours.MarkdownExporter}) and a view that lists the installed encoders and
 * exporters ({@link dev.scry.example.colours.ExtensionsView}, contributed by {@code fragment.e4xmi}).
 */
package dev.scry.example.colours;
