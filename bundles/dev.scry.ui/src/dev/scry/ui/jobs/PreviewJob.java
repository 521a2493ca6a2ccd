package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;

import dev.scry.image.ImageLoader;
import dev.scry.image.LoadedImage;
import dev.scry.image.UnreadableImageException;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;
import dev.scry.ui.widgets.SwtImages;

/**
 * Reads the query picture for the Query view's preview, off the UI thread (a large photo or a slow
 * disk would freeze the window): hands on its pixels and its size in the file, or the sentence why it
 * cannot be used, which is also logged and returned as an error status. Nothing is handed on once
 * the job is cancelled.
 */
public final class PreviewJob extends Job {
    /** What was read: pixels small enough for the preview, and the picture's size in the file. */
    public record Preview(Path picture, ImageData pixels, int width, int height) {
    }

    private final ImageLoader loader;
    private final Path picture;
    private final Consumer<Preview> read;
    private final Consumer<String> failed;

    public PreviewJob(ImageLoader loader, Path picture, Consumer<Preview> read, Consumer<String> failed) {
        super(NLS.bind(Messages.job_preview, picture.getFileName()));
        this.loader = loader;
        this.picture = picture;
        this.read = read;
        this.failed = failed;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            LoadedImage loaded = loader.load(picture);
            ImageData pixels = SwtImages.toImageData(loaded.pixels());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            read.accept(new Preview(picture, pixels, loaded.width(), loaded.height()));
            return Status.OK_STATUS;
        } catch (UnreadableImageException e) {
            String sentence = NLS.bind(Messages.query_unreadable, UserWords.of(e));
            failed.accept(sentence);
            return Failure.logged(PreviewJob.class, sentence, e);
        }
    }
}
