/**
 * Published API: what writes a list of found or indexed pictures to a file or the clipboard. A plugin
 * contributes a {@link dev.scry.export.ResultExporter} as an OSGi service; the workbench's export and
 * {@code scry export --as ID} offer every exporter {@link dev.scry.export.ResultExporters} lists. The
 * first three are built in: {@code csv}, {@code json} and {@code sheet} (a PNG contact sheet).
 *
 * @since 1.0
 */
package dev.scry.export;
