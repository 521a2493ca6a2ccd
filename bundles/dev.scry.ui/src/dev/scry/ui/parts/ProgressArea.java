package dev.scry.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.scry.library.IndexReport;
import dev.scry.ui.Messages;
import dev.scry.ui.jobs.IndexingJob;
import dev.scry.ui.jobs.InstallJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The workbench's progress area, in the bottom trim: the indexing jobs that run now (whichever view
 * started them, or a watched folder), each library with its count, the model installs with their
 * bytes, rate and time left, the searches for duplicates with the share of pictures looked at, any
 * other job the user started (a save) by its name, and a bar for all of them together. Hidden text when nothing runs.
 */
public class ProgressArea {
    private static final int REFRESH_MILLIS = 400;

    @Inject
    UISynchronize ui;

    private Label label;
    private ProgressBar bar;
    /** The indexing jobs and model installs running now, in the order they started. */
    private final java.util.Set<Job> running = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    private final Runnable refresh = this::refresh;
    private final IJobChangeListener listener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (event.getJob() instanceof IndexingJob || event.getJob() instanceof InstallJob || event.getJob().isUser()) {
                running.add(event.getJob());
                ui.asyncExec(refresh);
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (running.remove(event.getJob())) {
                ui.asyncExec(refresh);
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 1;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        label.setLayoutData(new GridData(480, SWT.DEFAULT));
        label.setData(LibraryPart.ID, "progressArea");
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        Job.getJobManager().addJobChangeListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(listener);
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        List<Job> jobs;
        synchronized (running) {
            jobs = List.copyOf(running);
        }
        if (jobs.isEmpty()) {
            label.setText("");
            bar.setSelection(0);
            bar.setVisible(false);
            return;
        }
        long planned = 0;
        long done = 0;
        double installed = 0;
        int installs = 0;
        List<String> counts = new ArrayList<>();
        List<String> downloads = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Job each : jobs) {
            if (each instanceof IndexingJob job) {
                IndexReport report = job.report();
                planned += report.plannedCount();
                done += report.processedCount();
                counts.add(NLS.bind(Messages.progress_areaRun, job.libraryName(), report.plannedCount() == 0 ? "\u2026"
                        : String.format(Locale.ROOT, "%d/%d", report.processedCount(), report.plannedCount())));
            } else if (each instanceof InstallJob job) {
                installs++;
                installed += job.state() == null ? 0 : job.state().fraction();
                downloads.add(NLS.bind(Messages.progress_areaInstall, job.descriptor().label(), InstallJob.describe(job.state())));
            } else if (each instanceof dev.scry.ui.jobs.DuplicatesJob job) {
                installs++; // a share of the bar of its own, as an install
                installed += job.fraction();
                downloads.add(NLS.bind(Messages.progress_areaDupes, job.libraryName(),
                        String.format(Locale.ROOT, "%.0f%%", 100 * job.fraction())));
            } else {
                others.add(each.getName()); // its length unknown: it counts as no share of the bar
            }
        }
        // indexing runs weigh by their pictures together, each install as one share
        int shares = (planned > 0 ? 1 : 0) + installs;
        double fraction = shares == 0 ? 0 : ((planned > 0 ? (double) done / planned : 0) + installed) / shares;
        bar.setVisible(true);
        bar.setSelection((int) (1000 * fraction));
        if (!counts.isEmpty()) {
            downloads.add(0, NLS.bind(Messages.progress_areaRuns, String.join(" \u2022 ", counts)));
        }
        downloads.addAll(others);
        label.setText(String.join(" \u2022 ", downloads));
        label.setToolTipText(label.getText());
        label.getDisplay().timerExec(REFRESH_MILLIS, refresh); // one refresh pending however many runs
    }
}
