package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.scry.ui.Messages;

/** Failures in the views: the user reads a sentence, the platform log gets the stack trace, the job an error status. */
class FailuresTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listen() {
        ILog.of(DuplicatesPart.class).addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        ILog.of(DuplicatesPart.class).removeLogListener(listener);
    }

    @Test
    void aFailedDuplicatesSearchSaysWhyInsteadOfSearchingForever() throws Exception {
        DuplicatesPart dupes = workbench.part(DuplicatesPart.class, workbench.shell());
        workbench.shell().setBounds(0, 0, 900, 500);
        workbench.shell().open();
        String name = "gone-" + System.nanoTime() % 100000; // chosen in the Library view, removed since
        dupes.selectLibrary(name);
        Job job = dupes.find();
        Label status = Workbench.find(workbench.shell(), "dupesStatus", Label.class);
        String sentence = NLS.bind(Messages.error_notFound, name);
        workbench.waitUntil("the reason shown: " + sentence, 10, () -> status.getText().equals(sentence));
        job.join();
        assertEquals(IStatus.ERROR, job.getResult().getSeverity(), "the job failed: " + job.getResult());
        assertEquals(sentence, job.getResult().getMessage());
        assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().equals(sentence)
                && s.getException() != null), "logged with its exception: " + logged);
    }

    @Test
    void jobsThatFailReturnAnErrorStatusAndHandTheSentenceOn() throws Exception {
        dev.scry.library.Libraries libraries = Workbench.service(dev.scry.library.Libraries.class);
        String name = "missing-" + System.nanoTime() % 100000;
        String sentence = NLS.bind(Messages.error_notFound, name);
        List<String> said = new CopyOnWriteArrayList<>();

        Job indexing = new dev.scry.ui.jobs.IndexingJob(libraries, name, List.of(), said::add);
        indexing.schedule();
        indexing.join();
        assertEquals(IStatus.ERROR, indexing.getResult().getSeverity(), "indexing: " + indexing.getResult());
        assertEquals(List.of(sentence), said);

        said.clear();
        Job search = new dev.scry.ui.jobs.SearchJob(libraries, name, new dev.scry.ui.jobs.SearchJob.Query(null, "beach", 10, 0, null, null),
                results -> said.add("found " + results.hits().size()), said::add);
        search.schedule();
        search.join();
        assertEquals(IStatus.ERROR, search.getResult().getSeverity(), "search: " + search.getResult());
        assertEquals(List.of(sentence), said);

        said.clear();
        java.net.URI nowhere;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nowhere = java.net.URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/p.png");
        }
        Job download = new dev.scry.ui.jobs.DownloadJob(nowhere, file -> said.add("downloaded"), said::add);
        download.schedule();
        download.join();
        assertEquals(IStatus.ERROR, download.getResult().getSeverity(), "download: " + download.getResult());
        assertEquals(List.of(NLS.bind(Messages.query_downloadFailed, nowhere, Messages.query_noConnection)), said);

        for (Job job : List.of(indexing, search, download)) {
            assertTrue(logged.stream().anyMatch(s -> s.getMessage().equals(job.getResult().getMessage()) && s.getException() != null),
                    job.getName() + " logged with its exception: " + logged);
        }
    }
}
