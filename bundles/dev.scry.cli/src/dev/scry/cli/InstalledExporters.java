package dev.scry.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultExporters;
import dev.scry.library.LibraryException;

/** The running framework's {@link ResultExporters} service, for the verbs that write with an exporter. */
final class InstalledExporters {
    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);

    private InstalledExporters() {
    }

    /**
     * The exporters installed now, sorted by id, from the exporters service (waited for up to 15 s); a
     * {@link LibraryException} saying so when it does not start.
     */
    static List<ResultExporter> await() throws LibraryException {
        Bundle bundle = FrameworkUtil.getBundle(InstalledExporters.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            throw notInstalled();
        }
        ServiceTracker<ResultExporters, ResultExporters> tracker = new ServiceTracker<>(bundle.getBundleContext(), ResultExporters.class, null);
        tracker.open();
        try {
            ResultExporters exporters = tracker.waitForService(WAIT_MILLIS);
            if (exporters == null) {
                throw notInstalled();
            }
            return exporters.all();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notInstalled();
        } finally {
            tracker.close();
        }
    }

    private static LibraryException notInstalled() {
        return new LibraryException(LibraryException.Kind.IO, "the export service did not start; the installation is incomplete");
    }
}
