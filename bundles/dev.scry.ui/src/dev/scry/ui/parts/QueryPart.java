package dev.scry.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.ui.Messages;
import dev.scry.ui.ScryEvents;
import dev.scry.ui.SearchResults;
import dev.scry.ui.jobs.PreviewJob;
import dev.scry.ui.jobs.SearchJob;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Query view: the library to search, a drop zone that takes a picture file or pixels (dropped or
 * pasted with Ctrl+V) and shows it, a text field that searches as you type, and the result count and
 * minimum similarity.
 */
public class QueryPart {
    private static final int TYPING_DELAY_MILLIS = 300;

    @Inject
    Libraries libraries;
    @Inject
    UISynchronize ui;
    @Inject
    IEventBroker events;

    private Combo library;
    private Combo encoder;
    private dev.scry.ui.widgets.PicturePreview preview;
    private Text text;
    private Spinner count;
    private Spinner minimum;
    private Label status;
    private PictureIntake intake;
    private final Runnable typedSearch = this::searchText;
    /** The search or picture reading under way, and the number of the latest one (on the UI thread only). */
    private org.eclipse.core.runtime.jobs.Job running;
    private int latest;
    private final dev.scry.image.ImageLoader previewLoader = new dev.scry.image.ImageLoader(640);
    private final dev.scry.ui.LastUsed lastUsed = dev.scry.ui.LastUsed.ofWorkbench();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText(Messages.query_library);
        library = new Combo(parent, SWT.READ_ONLY);
        library.setData(LibraryPart.ID, "library");
        library.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        library.addListener(SWT.Selection, e -> announceLibrary());
        new Label(parent, SWT.NONE).setText(Messages.query_encoder);
        encoder = new Combo(parent, SWT.READ_ONLY);
        encoder.setData(LibraryPart.ID, "encoder");
        encoder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        encoder.addListener(SWT.Selection, e -> lastUsed.rememberEncoder(chosenEncoder()));
        refreshEncoders(null);

        preview = new dev.scry.ui.widgets.PicturePreview(parent, SWT.NONE);
        preview.setHint(Messages.query_dropHint);
        preview.setData(LibraryPart.ID, "preview");
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        preview.addListener(SWT.MouseDown, e -> preview.setFocus());
        preview.setSelectionListener(this::searchAgain);
        parent.addListener(SWT.KeyDown, this::pasteKey);
        preview.addListener(SWT.KeyDown, this::pasteKey);

        text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.query_textHint);
        text.setData(LibraryPart.ID, "text");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        QueryFieldCompletion.install(text);
        org.eclipse.swt.widgets.Button help = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        help.setText("?");
        help.setToolTipText(Messages.query_helpButton);
        help.setData(LibraryPart.ID, "queryHelpButton");
        help.addListener(SWT.Selection, e -> new QueryHelp(text).open());
        text.addListener(SWT.Modify, e -> {
            text.getDisplay().timerExec(-1, typedSearch);
            text.getDisplay().timerExec(TYPING_DELAY_MILLIS, typedSearch);
        });
        text.addListener(SWT.DefaultSelection, e -> searchText());

        new Label(parent, SWT.NONE).setText(Messages.query_count);
        dev.scry.library.Settings settings = libraries.settings();
        count = spinner(parent, settings.resultCount(), 1, 10_000);
        new Label(parent, SWT.NONE).setText(Messages.query_minimum);
        minimum = spinner(parent, settings.minimumPercent(), 0, 100);
        status = new Label(parent, SWT.NONE);
        status.setData(LibraryPart.ID, "queryStatus");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        intake = new PictureIntake(preview, ui, this::searchPicture, this::say);
        refreshLibraries(null);
    }

    @Focus
    public void setFocus() {
        preview.setFocus();
    }

    /** Puts the keyboard in the text field with its text selected, ready to type over. */
    public void focusText() {
        text.setFocus();
        text.selectAll();
    }

    @PreDestroy
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        if (intake != null) {
            intake.dispose();
        }
    }

    /** Keeps the library list current when one is created or indexed. */
    @Inject
    @Optional
    public void refreshLibraries(@UIEventTopic(ScryEvents.LIBRARY_CHANGED) String changed) {
        if (library == null || library.isDisposed()) {
            return;
        }
        String selected = changed != null && library.getSelectionIndex() < 0 ? changed : library.getText();
        if (selected.isEmpty() && changed == null) {
            selected = lastUsed.library().orElse(""); // the first time: the library searched last
        }
        library.removeAll();
        try {
            for (Library each : libraries.catalog().list()) {
                library.add(each.name());
            }
            if (library.getItemCount() > 1) {
                library.add(Messages.query_allLibraries);
            }
        } catch (LibraryException e) {
            String sentence = dev.scry.ui.UserWords.of(e);
            status.setText(sentence);
            dev.scry.ui.Failure.logged(QueryPart.class, sentence, e);
        }
        int index = library.indexOf(selected == null ? "" : selected);
        library.select(index >= 0 ? index : 0);
        announceLibrary();
    }

    /** Remembers the library chosen and tells the Results view, whose empty state depends on it. */
    private void announceLibrary() {
        String chosen = library.getText();
        if (!chosen.isEmpty() && !chosen.equals(Messages.query_allLibraries)) {
            lastUsed.rememberLibrary(chosen);
        }
        events.post(ScryEvents.QUERY_LIBRARY, chosen.equals(Messages.query_allLibraries) ? "" : chosen);
    }

    /**
     * Lists the installed encoders, keeping the one chosen (the fingerprint when it is gone): a model
     * installed or removed in the Models view shows here at once.
     */
    @Inject
    @Optional
    public void refreshEncoders(@UIEventTopic(ScryEvents.ENCODERS_CHANGED) String changed) {
        if (encoder == null || encoder.isDisposed()) {
            return;
        }
        String chosen = encoder.getItemCount() == 0 ? lastUsed.encoder().orElse(null) : chosenEncoder();
        encoder.removeAll();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (dev.scry.encoder.ImageEncoder each : libraries.imageEncoders()) {
            String label = each.id().equals(dev.scry.encoder.EncoderRegistry.FINGERPRINT) ? Messages.encoder_fingerprint : each.label();
            encoder.add(label);
            encoder.setData(label, each.id());
            ids.add(each.id());
        }
        int index = chosen != null ? ids.indexOf(chosen) : -1;
        encoder.select(index >= 0 ? index : Math.max(0, ids.indexOf(dev.scry.encoder.EncoderRegistry.FINGERPRINT)));
    }

    /** Searches the library the user picked in the Library view. */
    @Inject
    @Optional
    public void selectLibrary(@UIEventTopic(ScryEvents.LIBRARY_SELECTED) String selected) {
        if (library == null || library.isDisposed()) {
            return;
        }
        if (library.indexOf(selected) < 0) {
            refreshLibraries(selected);
        }
        library.select(library.indexOf(selected));
        announceLibrary();
    }

    /**
     * Searches with a picture file (also used by "search similar" in the Results view). The picture is
     * read for the preview in the background; the search starts once it is shown.
     */
    @Inject
    @Optional
    public void searchPicture(@UIEventTopic(ScryEvents.SEARCH_PICTURE) Path picture) {
        if (preview == null || preview.isDisposed()) {
            return;
        }
        int ticket = replaceRunning();
        status.setText(Messages.query_searching);
        running = new PreviewJob(previewLoader, picture, read -> ui.asyncExec(() -> {
            if (ticket == latest && !preview.isDisposed()) {
                preview.setPicture(read.pixels());
                shownSize = new org.eclipse.swt.graphics.Point(read.width(), read.height());
                shownPicture = picture;
                run(new SearchJob.Query(picture, text.getText(), count.getSelection(), minimum.getSelection(), chosenEncoder(), null));
            }
        }), message -> ui.asyncExec(() -> {
            if (ticket == latest && !preview.isDisposed()) {
                preview.setPicture(null);
                shownPicture = null;
                status.setText(message);
            }
        }));
        running.schedule();
    }

    private Path shownPicture;

    /** Searches again with the shown picture, or the part of it the user chose. */
    public void searchAgain() {
        if (shownPicture != null) {
            run(new SearchJob.Query(shownPicture, text.getText(), count.getSelection(), minimum.getSelection(), chosenEncoder(),
                    regionInFile()));
        }
    }

    /** The chosen part of the preview in the file's pixels (the preview may be smaller than the file). */
    private java.awt.Rectangle regionInFile() {
        org.eclipse.swt.graphics.Rectangle part = preview.getSelection();
        if (part == null) {
            return null;
        }
        double scale = (double) shownSize.x / preview.pictureWidth();
        return new java.awt.Rectangle((int) (part.x * scale), (int) (part.y * scale), (int) (part.width * scale),
                (int) (part.height * scale));
    }

    private org.eclipse.swt.graphics.Point shownSize = new org.eclipse.swt.graphics.Point(1, 1);

    private void pasteKey(org.eclipse.swt.widgets.Event e) {
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'v' || e.keyCode == 'V')) {
            intake.paste();
        }
    }

    private void say(String message) {
        if (!status.isDisposed()) {
            status.setText(message);
        }
    }

    private void searchText() {
        if (text.isDisposed() || text.getText().isBlank()) {
            return;
        }
        run(new SearchJob.Query(null, text.getText(), count.getSelection(), minimum.getSelection(), textEncoder(), null));
    }

    private String chosenEncoder() {
        return encoder.getSelectionIndex() < 0 ? null : (String) encoder.getData(encoder.getText());
    }

    /** For words: the chosen encoder if it reads text too, else the library's first semantic one. */
    private String textEncoder() {
        String id = chosenEncoder();
        return id != null && libraries.textEncoder(id).isPresent() ? id : null;
    }

    /**
     * Searches in a job. Only the latest search counts: starting one cancels the one before, and
     * whatever an older one still hands back (it may finish last) is dropped, so what is shown is always
     * what the field or the preview holds now.
     */
    private void run(SearchJob.Query query) {
        String chosen = library.getText();
        if (chosen.isEmpty()) {
            status.setText(Messages.library_noLibrary);
            return;
        }
        String name = chosen.equals(Messages.query_allLibraries) ? null : chosen;
        int ticket = replaceRunning();
        status.setText(Messages.query_searching);
        running = new SearchJob(libraries, name, query, results -> ui.asyncExec(() -> {
            if (ticket == latest && !status.isDisposed()) {
                events.post(ScryEvents.RESULTS, results);
                showCount(results);
            }
        }), message -> ui.asyncExec(() -> {
            if (ticket == latest && !status.isDisposed()) {
                status.setText(message);
            }
        }));
        running.schedule();
    }

    /** Cancels the search (or picture reading) under way; the number of the one that replaces it. */
    private int replaceRunning() {
        if (running != null) {
            running.cancel();
        }
        return ++latest;
    }

    private void showCount(SearchResults results) {
        if (!status.isDisposed()) {
            status.setText(dev.scry.ui.ResultsSummary.of(dev.scry.ui.MatchStrength.of(results).strongCount(results.hits()),
                    results.hits().size(), results.millis()));
        }
    }

    private static Spinner spinner(Composite parent, int value, int min, int max) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        return spinner;
    }
}
