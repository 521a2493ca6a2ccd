package dev.scry.export;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The exporters installed in this Scry: every {@link ResultExporter} service, as plugins come and go.
 * Also usable without OSGi (tests, tools) through {@link #add(ResultExporter)}.
 *
 * @since 1.0
 */
@Component(service = ResultExporters.class, immediate = true)
public class ResultExporters {
    private final List<ResultExporter> exporters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void add(ResultExporter exporter) {
        exporters.add(exporter);
    }

    public void remove(ResultExporter exporter) {
        exporters.remove(exporter);
    }

    /** The exporters, sorted by id. */
    public List<ResultExporter> all() {
        return exporters.stream().sorted(Comparator.comparing(ResultExporter::id)).toList();
    }

    /** The exporter called {@code id}, if one is installed. */
    public Optional<ResultExporter> withId(String id) {
        return exporters.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exporter whose {@link ResultExporter#fileExtension()} {@code file}'s name ends with (any case), if one is installed. */
    public Optional<ResultExporter> forFile(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return all().stream().filter(e -> lower.endsWith("." + e.fileExtension().toLowerCase(Locale.ROOT))).findFirst();
    }
}
