package dev.scry.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

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
 * {@code scry export [--json|--csv] [--fields F,...]}: one row per picture file, by path, with what the
 * index stores of it. CSV is RFC 4180 (a header record, CRLF line ends; a list such as the tags is a
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
        @Option(names = "--json", description = "One JSON object per file, one per line.")
        boolean json;

        @Option(names = "--csv", description = "Comma-separated values (RFC 4180: CRLF line ends) with a header row (the default).")
        boolean csv;
    }

    @Option(names = "--fields", paramLabel = "FIELD", split = ",", description = "The columns, in this order (default: all of them):"
            + " path, hash, size, modified, format, width, height, taken, camera, orientation, copies, tags, text.")
    List<String> fields;

    @Override
    public Integer call() throws LibraryException {
        List<ExportField> columns = columns();
        Library library = scry.library();
        List<ExportField.File> files = new ArrayList<>();
        for (ImageRecord record : LibraryExport.records(library)) {
            record.locations().forEach(location -> files.add(new ExportField.File(location, record)));
        }
        files.sort(Comparator.comparing(file -> file.location().path()));
        StringBuilder out = new StringBuilder();
        if (!format.json) {
            out.append(Csv.record(columns.stream().map(ExportField::name).toList()));
        }
        for (ExportField.File file : files) {
            out.append(format.json ? json(columns, file) + "\n" : Csv.record(columns.stream().map(c -> csv(c.of(file))).toList()));
            if (out.length() > 1 << 16) {
                scry.out.print(out);
                out.setLength(0);
            }
        }
        scry.out.print(out);
        scry.out.flush();
        return ExitCodes.OK;
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

    private static String json(List<ExportField> columns, ExportField.File file) {
        StringBuilder line = new StringBuilder("{");
        for (ExportField column : columns) {
            line.append(line.length() == 1 ? "" : ", ").append(Json.string(column.name())).append(": ").append(json(column.of(file)));
        }
        return line.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> Json.string(s);
            case List<?> list -> Json.strings((List<String>) list);
            case java.util.Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> Json.string(e.getKey().toString()) + ": " + json(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
            default -> value.toString(); // numbers and booleans
        };
    }

    private static String csv(Object value) {
        return value == null ? "" : value instanceof List<?> || value instanceof java.util.Map<?, ?> ? json(value) : value.toString();
    }
}
