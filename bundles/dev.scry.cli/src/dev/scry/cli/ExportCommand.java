package dev.scry.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;
import dev.scry.index.ImageRecord;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibraryExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scry export [--json|--csv|--as EXPORTER] [--fields F,...]}: one row per picture file, by path, with what
 * the index stores of it, written by a {@link ResultExporter} service (the built-in csv, json or sheet, or a plugin's). CSV is RFC 4180 (a header record, CRLF line ends; a list such as the tags is a
 * JSON list in its field); JSON is one object per line ({@code docs/schemas/export.schema.json}).
 */
@Command(name = "export", description = "One row per picture file with its stored metadata (CSV by default).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ScryCommand scry;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "One JSON object per file, one per line (as --as json).")
        boolean json;

        @Option(names = "--csv", description = "Comma-separated values (RFC 4180: CRLF line ends) with a header row (the default; as --as csv).")
        boolean csv;

        @Option(names = "--as", paramLabel = "EXPORTER", description = "Write with this exporter: csv, json, sheet (a PNG contact sheet)"
                + " or one a plugin installed (`scry export --as list` lists them).")
        String exporter;
    }

    @Option(names = "--fields", paramLabel = "FIELD", split = ",", description = "The columns, in this order (default: all of them):"
            + " path, hash, size, modified, format, width, height, taken, camera, orientation, copies, tags, text.")
    List<String> fields;

    @Override
    public Integer call() throws LibraryException {
        List<ResultExporter> installed = InstalledExporters.await();
        if ("list".equals(format.exporter)) {
            installed.forEach(e -> scry.out.println(e.id() + "\t" + e.label()));
            scry.out.flush();
            return ExitCodes.OK;
        }
        ResultExporter exporter = exporter(installed);
        List<ExportField> columns = columns();
        Library library = scry.library();
        List<ExportField.File> files = new ArrayList<>();
        for (ImageRecord record : LibraryExport.records(scry.open, library)) {
            record.locations().forEach(location -> files.add(new ExportField.File(location, record)));
        }
        files.sort(Comparator.comparing(file -> file.location().path()));
        List<ResultTable.ResultRow> rows = new ArrayList<>(files.size());
        for (ExportField.File file : files) {
            List<Object> values = new ArrayList<>(columns.size());
            columns.forEach(column -> values.add(column.of(file)));
            rows.add(new ResultTable.ResultRow(file.location().path(), values));
        }
        ResultTable table = new ResultTable("", null, columns.stream().map(ExportField::name).toList(), rows);
        try {
            exporter.write(table, scry.out);
        } catch (java.io.IOException e) {
            throw LibraryException.io("cannot write the export of library", library.name(), e);
        }
        scry.out.flush();
        return ExitCodes.OK;
    }

    /** The exporter asked for (CSV by default); an unknown one is bad usage, named with the installed ones. */
    private ResultExporter exporter(List<ResultExporter> installed) {
        String id = format.exporter != null ? format.exporter : format.json ? "json" : "csv";
        return installed.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown exporter: " + id + " (installed: " + String.join(", ", installed.stream().map(ResultExporter::id).toList()) + ")"));
    }

    /** The columns asked for; an unknown one is bad usage, named with the known ones. */
    private List<ExportField> columns() {
        if (fields == null) {
            return ExportField.all();
        }
        List<ExportField> chosen = new ArrayList<>();
        for (String name : fields) {
            chosen.add(ExportField.named(name.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown field: " + name + " (known: " + String.join(", ", ExportField.names()) + ")")));
        }
        return chosen;
    }
}
