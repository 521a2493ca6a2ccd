/**
 * The three exporters built into Scry, as {@link dev.scry.export.ResultExporter} services: CSV
 * ({@link dev.scry.exporters.CsvExporter}), JSON lines ({@link dev.scry.exporters.JsonLinesExporter}) and
 * the PNG contact sheet ({@link dev.scry.exporters.ContactSheetExporter}). Internal: plugins use the API only.
 */
package dev.scry.exporters;
