package dev.scry.encoder.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

/** Download progress counts the bytes of this run (so the time left is right after a resume) and says the file's bytes. */
class DownloadProgressTest {
    private static final class Recording extends NullProgressMonitor {
        final List<String> subTasks = new ArrayList<>();
        double worked;
        double total;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        double fraction() {
            return worked / total;
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }
    }

    @Test
    void aResumedFileCountsOnlyTheBytesStillToFetch() {
        Recording monitor = new Recording();
        DownloadProgress progress = new DownloadProgress(SubMonitor.convert(monitor, 100), 100_000_000);
        progress.file("visual/model.onnx", 250_000_000, 350_000_000);
        assertEquals("visual/model.onnx: 250.0 of 350.0 MB", monitor.subTasks.get(0));
        assertEquals(0, monitor.worked, 1e-9, "the bytes kept from an earlier try are not this run's work");

        assertTrue(progress.add(50_000_000));
        assertEquals(0.5, monitor.fraction(), 0.001, "half of what is still to fetch");
        assertTrue(progress.add(50_000_000));
        assertEquals(1.0, monitor.fraction(), 0.001);
    }

    @Test
    void cancellingStopsAtTheNextBuffer() {
        Recording monitor = new Recording();
        DownloadProgress progress = new DownloadProgress(SubMonitor.convert(monitor, 100), 0);
        progress.file("textual/model.onnx", 0, -1);
        assertEquals("textual/model.onnx: 0.0 MB", monitor.subTasks.get(0), "no size known: only the bytes so far");
        assertTrue(progress.add(1000));
        monitor.setCanceled(true);
        assertFalse(progress.add(1000));
    }

    @Test
    void theListenerHearsTheModelsBytesOnDiskAfterEachBuffer() {
        Recording monitor = new Recording();
        List<DownloadState> states = new ArrayList<>();
        DownloadProgress progress = new DownloadProgress(SubMonitor.convert(monitor, 100), 300, 100, states::add);
        progress.file("visual/model.onnx", 100, 400);
        assertEquals(new DownloadState("visual/model.onnx", 100, 400, 0), states.get(0), "the kept bytes count as done");
        progress.add(200);
        DownloadState last = states.get(states.size() - 1);
        assertEquals(300, last.done());
        assertEquals(0.75, last.fraction(), 1e-9);
    }
}
