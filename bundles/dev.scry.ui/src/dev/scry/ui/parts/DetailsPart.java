package dev.scry.ui.parts;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.scry.index.ImageRecord;
import dev.scry.library.Libraries;
import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import dev.scry.library.Tags;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.SelectedPicture;
import dev.scry.ui.UserWords;
import dev.scry.ui.jobs.DetailsJob;
import dev.scry.ui.jobs.MatchedRegionJob;
import dev.scry.ui.jobs.TextBoxesJob;
import dev.scry.ui.jobs.PreviewJob;
import dev.scry.ui.widgets.EmptyState;
import dev.scry.ui.widgets.PicturePreview;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Details view: for the picture selected in the Results view, a larger preview, its facts (path,
 * size, dimensions, format, taken, camera, orientation), its copies, the words read in it, and its
 * tags, which the user adds and removes here. For a picture query, the region of the picture that
 * matched is framed on the preview; asked to ("Show the text boxes"), the lines of text are read
 * again with the OCR reader and each is framed too.
 */
public class DetailsPart {
    /** The colours of the outlines: the region that matched a picture query, the boxes of the text read. */
    static final int REGION_COLOUR = SWT.COLOR_RED;
    static final int TEXT_COLOUR = SWT.COLOR_BLUE;

    @Inject
    Libraries libraries;
    @Inject
    UISynchronize ui;
    /** The OCR reader, when installed: it reads the boxes of the text when the user asks to see them. */
    @Inject
    @Optional
    dev.scry.ocr.OcrReader ocr;

    private final dev.scry.image.ImageLoader previewLoader = new dev.scry.image.ImageLoader(720);
    private StackLayout stack;
    private EmptyState empty;
    private Composite content;
    private PicturePreview preview;
    private FactsTable facts;
    private Text words;
    private org.eclipse.swt.widgets.List tags;
    private Text newTag;
    private Label status;
    private Button showBoxes;
    private Label marksSaid;
    /** The outline of the region that matched a picture query, and the boxes of the text read, over the preview. */
    private List<PicturePreview.Mark> regionMarks = List.of();
    private List<PicturePreview.Mark> textMarks = List.of();
    /** Whether the text boxes of the picture shown have been read. */
    private boolean textRead;
    /** The picture shown and the library that holds it. */
    private SelectedPicture shown;
    private Library holder;
    private int latest;

    @PostConstruct
    public void createControls(Composite parent) {
        stack = new StackLayout();
        parent.setLayout(stack);
        empty = new EmptyState(parent, SWT.NONE);
        empty.setData(LibraryPart.ID, "detailsEmpty");
        empty.show(Messages.details_none, null, null);
        content = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        content.setLayout(layout);
        preview = new PicturePreview(content, SWT.NONE);
        preview.setData(LibraryPart.ID, "detailsPreview");
        GridData big = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        big.heightHint = 240;
        big.minimumHeight = 120;
        preview.setLayoutData(big);
        showBoxes = new Button(content, SWT.CHECK);
        showBoxes.setText(Messages.details_showBoxes);
        showBoxes.setData(LibraryPart.ID, "detailsShowBoxes");
        showBoxes.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        showBoxes.addListener(SWT.Selection, e -> readBoxes());
        marksSaid = new Label(content, SWT.WRAP);
        marksSaid.setData(LibraryPart.ID, "detailsMarks");
        marksSaid.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        facts = new FactsTable(content, List.of(Messages.details_path, Messages.details_size, Messages.details_dimensions,
                Messages.details_format, Messages.details_taken, Messages.details_camera, Messages.details_orientation,
                Messages.details_copies));
        heading(content, Messages.details_words);
        words = new Text(content, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        words.setData(LibraryPart.ID, "detailsWords");
        GridData wordsData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        wordsData.heightHint = 60;
        words.setLayoutData(wordsData);
        heading(content, Messages.details_tags);
        tags = new org.eclipse.swt.widgets.List(content, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        tags.setData(LibraryPart.ID, "detailsTags");
        GridData tagsData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 1);
        tagsData.heightHint = 60;
        tags.setLayoutData(tagsData);
        Button remove = new Button(content, SWT.PUSH);
        remove.setText(Messages.details_removeTag);
        remove.setData(LibraryPart.ID, "detailsRemoveTag");
        remove.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        remove.addListener(SWT.Selection, e -> changeTags(List.of(), List.of(tags.getSelection())));
        newTag = new Text(content, SWT.BORDER | SWT.SINGLE);
        newTag.setMessage(Messages.details_tagHint);
        newTag.setData(LibraryPart.ID, "detailsNewTag");
        newTag.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        newTag.addListener(SWT.DefaultSelection, e -> addTag());
        Button add = new Button(content, SWT.PUSH);
        add.setText(Messages.details_addTag);
        add.setData(LibraryPart.ID, "detailsAddTag");
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        add.addListener(SWT.Selection, e -> addTag());
        status = new Label(content, SWT.WRAP);
        status.setData(LibraryPart.ID, "detailsStatus");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        stack.topControl = empty;
    }

    @Focus
    public void setFocus() {
        (stack.topControl == content ? newTag : empty).setFocus();
    }

    /** The picture selected in the Results view (through the e4 selection service). */
    @Inject
    @Optional
    public void selected(@Named(IServiceConstants.ACTIVE_SELECTION) SelectedPicture picture) {
        if (picture != null) {
            show(picture);
        }
    }

    /** Shows a picture's details: its preview and facts are read in the background. */
    public void show(SelectedPicture picture) {
        if (content == null || content.isDisposed() || picture.equals(shown)) {
            return;
        }
        shown = picture;
        holder = null;
        int ticket = ++latest;
        facts.clear();
        words.setText("");
        tags.removeAll();
        status.setText("");
        preview.setPicture(null);
        regionMarks = List.of();
        textMarks = List.of();
        textRead = false;
        marksSaid.setText("");
        stack.topControl = content;
        content.getParent().layout(true);
        new PreviewJob(previewLoader, picture.path(), read -> ui.asyncExec(() -> {
            if (ticket == latest && !preview.isDisposed()) {
                preview.setPicture(read.pixels());
                showMarks();
            }
        }), message -> ui.asyncExec(() -> say(ticket, message))).schedule();
        if (picture.region() >= 0) {
            new MatchedRegionJob(libraries.imageEncoders(), picture.encoder(), picture.path(), picture.region(),
                    area -> ui.asyncExec(() -> {
                        if (ticket == latest && !preview.isDisposed()) {
                            regionMarks = List.of(PicturePreview.Mark.rectangle(area[0], area[1], area[2], area[3], REGION_COLOUR));
                            sayMarks();
                            showMarks();
                        }
                    }), message -> ui.asyncExec(() -> sayMarks(ticket, message))).schedule();
        }
        if (showBoxes.getSelection()) {
            readBoxes();
        }
        new DetailsJob(libraries, picture.library(), picture.path(), found -> ui.asyncExec(() -> {
            if (ticket == latest && !content.isDisposed()) {
                found.record().ifPresentOrElse(record -> fill(found.library(), record),
                        () -> status.setText(NLS.bind(Messages.details_notIndexed, picture.path())));
            }
        }), message -> ui.asyncExec(() -> say(ticket, message))).schedule();
    }

    /** Reads the boxes of the text in the picture shown, when the user asks to see them; unasked, takes them away. */
    private void readBoxes() {
        if (shown == null || preview.isDisposed()) {
            return;
        }
        textRead = false;
        if (!showBoxes.getSelection()) {
            textMarks = List.of();
            sayMarks();
            showMarks();
            return;
        }
        if (ocr == null) {
            marksSaid.setText(Messages.details_noOcr);
            return;
        }
        int ticket = latest;
        marksSaid.setText(NLS.bind(Messages.job_textBoxes, shown.path().getFileName()) + "\u2026");
        new TextBoxesJob(ocr, shown.path(), lines -> ui.asyncExec(() -> {
            if (ticket == latest && !preview.isDisposed() && showBoxes.getSelection()) {
                textMarks = lines.stream().map(line -> new PicturePreview.Mark(line.corners(), TEXT_COLOUR)).toList();
                textRead = true;
                sayMarks();
                showMarks();
            }
        }), message -> ui.asyncExec(() -> sayMarks(ticket, message))).schedule();
    }

    private void showMarks() {
        List<PicturePreview.Mark> all = new java.util.ArrayList<>(regionMarks);
        all.addAll(textMarks);
        preview.setMarks(all);
    }

    /** Says what the outlines on the preview are. */
    private void sayMarks() {
        List<String> said = new java.util.ArrayList<>();
        if (!regionMarks.isEmpty()) {
            said.add(Messages.details_regionShown);
        }
        if (showBoxes.getSelection() && ocr != null && textRead) {
            said.add(textMarks.isEmpty() ? Messages.details_boxesNone
                    : textMarks.size() == 1 ? Messages.details_boxesShownOne : NLS.bind(Messages.details_boxesShown, textMarks.size()));
        }
        marksSaid.setText(String.join(" ", said));
        content.layout(true, true);
    }

    private void sayMarks(int ticket, String message) {
        if (ticket == latest && !marksSaid.isDisposed()) {
            marksSaid.setText(message);
        }
    }

    /** The outlines drawn over the preview now. */
    List<PicturePreview.Mark> marks() {
        return preview.getMarks();
    }

    private void say(int ticket, String message) {
        if (ticket == latest && !status.isDisposed()) {
            status.setText(message);
        }
    }

    private void fill(Library library, ImageRecord record) {
        holder = library;
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        facts.set(Messages.details_path, shown.path().toString());
        facts.set(Messages.details_size, FileSize.of(record.size()));
        facts.set(Messages.details_dimensions, String.format(Locale.ROOT, "%d \u00d7 %d", record.width(), record.height()));
        facts.set(Messages.details_format, record.format().id().toUpperCase(Locale.ROOT));
        facts.set(Messages.details_taken, record.taken().map(when::format).orElse(Messages.details_unknown));
        facts.set(Messages.details_camera, record.camera().orElse(Messages.details_unknown));
        facts.set(Messages.details_orientation, Integer.toString(record.orientation()));
        facts.set(Messages.details_copies, String.join("\n", record.locations().stream().map(l -> l.path().toString()).toList()));
        if (!record.wordsRead()) {
            words.setText(Messages.details_wordsNotRead);
        } else {
            words.setText(record.ocrText().isBlank() ? Messages.details_noWords : record.ocrText());
        }
        showTags(record.tags());
        content.layout(true, true);
    }

    private void showTags(List<String> now) {
        tags.setItems(now.toArray(String[]::new));
    }

    private void addTag() {
        String tag = newTag.getText().strip();
        if (!tag.isEmpty()) {
            changeTags(List.of(tag), List.of());
        }
    }

    /** Writes the tag change with {@link Tags} in a job; the list shows the tags the index holds afterwards. */
    private void changeTags(List<String> add, List<String> remove) {
        if (holder == null || shown == null || add.isEmpty() && remove.isEmpty()) {
            return;
        }
        Library library = holder;
        Path picture = shown.path();
        int ticket = latest;
        Job.create(NLS.bind(Messages.details_tags, picture.getFileName()), monitor -> {
            try {
                List<String> now = Tags.change(library, picture, add, remove);
                ui.asyncExec(() -> {
                    if (ticket == latest && !tags.isDisposed()) {
                        showTags(now);
                        newTag.setText("");
                        status.setText("");
                    }
                });
                return Status.OK_STATUS;
            } catch (LibraryException e) {
                String sentence = NLS.bind(Messages.details_tagFailed, picture.getFileName(), UserWords.of(e));
                ui.asyncExec(() -> say(ticket, sentence));
                return Failure.logged(DetailsPart.class, sentence, e);
            }
        }).schedule();
    }

    private static void heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    }

    /** The rows of facts, a name and its value each. */
    String fact(String name) {
        return facts.get(name);
    }

    List<String> tagsShown() {
        return List.of(tags.getItems());
    }
}
