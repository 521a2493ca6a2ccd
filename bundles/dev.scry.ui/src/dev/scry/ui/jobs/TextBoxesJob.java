package dev.scry.ui.jobs;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.library.PictureText;
import dev.scry.ocr.OcrException;
import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;

/**
 * Reads the lines of text in one picture with their boxes, off the UI thread, for the Details view when
 * the user asks to see them: the index keeps the words read in a picture, not where they are, so the
 * OCR reader reads the picture again, decoded as indexing decodes it for its words
 * ({@value PictureText#DECODE_SIDE} px). Each line is handed on with its four corners as fractions of
 * the picture's width and height; a picture that cannot be read, or a reader that fails, gives the
 * sentence why instead (logged too). Cancelled, it hands on nothing.
 */
public final class TextBoxesJob extends Job {
    /** A line read: its text and its corners, x0, y0, ... x3, y3, as fractions of the picture. */
    public record Line(String text, double[] corners) {
    }

    private final OcrReader reader;
    private final Path picture;
    private final Consumer<List<Line>> read;
    private final Consumer<String> failed;

    public TextBoxesJob(OcrReader reader, Path picture, Consumer<List<Line>> read, Consumer<String> failed) {
        super(NLS.bind(Messages.job_textBoxes, picture.getFileName()));
        this.reader = reader;
        this.picture = picture;
        this.read = read;
        this.failed = failed;
        setUser(true); // seconds of work: shown in the progress area
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            BufferedImage pixels = new ImageLoader(PictureText.DECODE_SIDE).load(picture).pixels();
            List<TextLine> lines = reader.read(pixels);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            List<Line> boxes = new ArrayList<>();
            for (TextLine line : lines) {
                Point2D[] box = line.box();
                double[] corners = new double[8];
                for (int i = 0; i < 4; i++) {
                    corners[2 * i] = box[i].getX() / pixels.getWidth();
                    corners[2 * i + 1] = box[i].getY() / pixels.getHeight();
                }
                boxes.add(new Line(line.text(), corners));
            }
            read.accept(boxes);
            return Status.OK_STATUS;
        } catch (UnreadableImageException e) {
            String sentence = NLS.bind(Messages.query_unreadable, UserWords.of(e));
            failed.accept(sentence);
            return Failure.logged(TextBoxesJob.class, sentence, e);
        } catch (OcrException e) {
            String sentence = NLS.bind(Messages.details_textBoxesFailed, picture.getFileName(), e.getMessage());
            failed.accept(sentence);
            return Failure.logged(TextBoxesJob.class, sentence, e);
        }
    }
}
