package dev.scry.ui.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.image.UnreadableImageException;
import dev.scry.library.LibrarySearch;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;

/**
 * Finds where the region of a picture that matched a picture query lies, off the UI thread. A search
 * hit names the region by its place in the list the encoder gives ({@code SearchHit.region}), and
 * {@link LibrarySearch#matchedArea} finds its area, handed on as fractions of the picture's width and
 * height: {x, y, width, height}. A picture that cannot be read
 * any more, or an encoder no longer installed, gives the sentence why instead (logged too).
 */
public final class MatchedRegionJob extends Job {
    private final List<ImageEncoder> encoders;
    private final String encoderId;
    private final Path picture;
    private final int region;
    private final Consumer<double[]> found;
    private final Consumer<String> failed;

    /** {@code encoderId} null means the built-in fingerprint, as for a search. */
    public MatchedRegionJob(List<ImageEncoder> encoders, String encoderId, Path picture, int region, Consumer<double[]> found,
            Consumer<String> failed) {
        super(NLS.bind(Messages.job_preview, picture.getFileName()));
        if (region < 0) {
            throw new IllegalArgumentException("no region to find: " + region);
        }
        this.encoders = List.copyOf(encoders);
        this.encoderId = encoderId == null ? EncoderRegistry.FINGERPRINT : encoderId;
        this.picture = picture;
        this.region = region;
        this.found = found;
        this.failed = failed;
        setSystem(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ImageEncoder encoder = encoders.stream().filter(e -> e.id().equals(encoderId)).findFirst().orElse(null);
        if (encoder == null) {
            failed.accept(NLS.bind(Messages.details_regionUnknown, encoderId));
            return Status.OK_STATUS;
        }
        try {
            java.util.Optional<double[]> area = new LibrarySearch(encoder).matchedArea(picture, region);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (area.isEmpty()) { // the picture changed since it was indexed
                failed.accept(NLS.bind(Messages.details_regionUnknown, encoderId));
                return Status.OK_STATUS;
            }
            found.accept(area.get());
            return Status.OK_STATUS;
        } catch (UnreadableImageException e) {
            String sentence = NLS.bind(Messages.query_unreadable, UserWords.of(e));
            failed.accept(sentence);
            return Failure.logged(MatchedRegionJob.class, sentence, e);
        } catch (EncodingException e) {
            String sentence = NLS.bind(Messages.details_regionFailed, picture.getFileName(), e.getMessage());
            failed.accept(sentence);
            return Failure.logged(MatchedRegionJob.class, sentence, e);
        }
    }
}
