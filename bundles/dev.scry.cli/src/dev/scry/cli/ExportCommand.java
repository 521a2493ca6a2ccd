package dev.scry.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.scry.index.ImageRecord;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.LibraryExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scry export [--json|--csv]}: one row per picture file, by path, with its stored metadata. */
@Command(name = "export", description = "One row per picture file with its stored metadata (CSV by default).")
final class ExportCommand implements Callable<Integer> {
    private static final List<String> COLUMNS = List.of("path", "hash", "size", "modified", "format", "width", "height", "taken",
            "camera", "orientation", "copies", "tags");

    @ParentCommand
    ScryCommand scry;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "One JSON object per file, one per line.")
        boolean json;

        @Option(names = "--csv", description = "Comma-separated values with a header row (the default).")
        boolean csv;
    }

    @Override
    public Integer call() throws LibraryException {
        Library library = scry.library();
        if (!format.json) {
            scry.out.println(String.join(",", COLUMNS));
        }
        List<Map.Entry<ImageRecord.Location, ImageRecord>> files = new ArrayList<>();
        for (ImageRecord record : LibraryExport.records(library)) {
            record.locations().forEach(location -> files.add(Map.entry(location, record)));
        }
        files.sort(Comparator.comparing(file -> file.getKey().path()));
        for (Map.Entry<ImageRecord.Location, ImageRecord> file : files) {
            ImageRecord.Location location = file.getKey();
            ImageRecord record = file.getValue();
            {
                List<String> values = List.of(location.path().toString(), record.hash(), Long.toString(record.size()),
                        Instant.ofEpochMilli(location.modified()).toString(), record.format().id(), Integer.toString(record.width()),
                        Integer.toString(record.height()), record.taken().map(Instant::toString).orElse(""),
                        record.camera().orElse(""), Integer.toString(record.orientation()),
                        Integer.toString(record.locations().size()), String.join(";", record.tags()));
                scry.out.println(format.json ? json(values) : values.stream().map(ExportCommand::csv).collect(Collectors.joining(",")));
            }
        }
        return ExitCodes.OK;
    }

    private static String json(List<String> values) {
        StringBuilder line = new StringBuilder("{");
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            String value = values.get(i);
            boolean number = column.equals("size") || column.equals("width") || column.equals("height")
                    || column.equals("orientation") || column.equals("copies");
            line.append(i == 0 ? "" : ", ").append(Json.string(column)).append(": ")
                    .append(number ? value : value.isEmpty() ? "null" : Json.string(value));
        }
        return line.append('}').toString();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
