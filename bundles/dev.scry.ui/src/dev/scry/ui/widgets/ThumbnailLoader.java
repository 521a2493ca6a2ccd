package dev.scry.ui.widgets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.ui.Failure;
import dev.scry.ui.Messages;
import dev.scry.ui.UserWords;

/**
 * Makes thumbnails in the background (as many threads as half the cores) and keeps the most recent
 * ones in memory. The newest requests are served first and requests for pictures no longer shown are
 * dropped, so that after scrolling through thousands of results the pictures in view come first.
 * Callers get image data back on a loader thread and must hop to the UI thread. A picture whose
 * thumbnail cannot be made is logged once, and {@link #failure(Path)} says why.
 */
final class ThumbnailLoader {
    private static final int KEEP = 300;

    private final ImageLoader loader;
    private volatile ThumbnailCache cache;
    private final ExecutorService workers;
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
    /** Why a picture has no thumbnail, by picture. */
    private final Map<Path, String> failures = new ConcurrentHashMap<>();
    /** The pictures whose failure is in the log already (each is logged once). */
    private final Set<Path> logged = ConcurrentHashMap.newKeySet();
    private volatile Set<Path> wanted;
    private final Map<Path, ImageData> recent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, ImageData> eldest) {
            return size() > KEEP;
        }
    };

    ThumbnailLoader(int side) {
        this.loader = new ImageLoader(side);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new NewestFirst(), runnable -> {
            Thread thread = new Thread(runnable, "Scry thumbnails");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * The thumbnail if made already; else null, and {@code done} is called once it is made (or failed,
     * with null). A picture that failed is not tried again until {@link #forgetFailures()}.
     */
    synchronized ImageData get(Path path, BiConsumer<Path, ImageData> done) {
        ImageData data = recent.get(path);
        if (data == null && !failures.containsKey(path) && pending.add(path)) {
            workers.execute(() -> {
                Set<Path> shown = wanted;
                if (shown != null && !shown.contains(path)) {
                    pending.remove(path); // scrolled away before its turn: asked again if shown again
                    return;
                }
                ImageData made = null;
                try {
                    ThumbnailCache disk = cache;
                    java.awt.image.BufferedImage pixels = disk == null ? null : disk.get(path);
                    if (pixels == null) {
                        pixels = loader.load(path).pixels();
                        if (disk != null) {
                            disk.put(path, pixels);
                        }
                    }
                    made = SwtImages.toImageData(pixels);
                } catch (UnreadableImageException e) {
                    failed(path, UserWords.reason(e), e);
                } catch (RuntimeException e) {
                    failed(path, Messages.error_unexpected, e);
                }
                synchronized (this) {
                    if (made != null) {
                        recent.put(path, made);
                    }
                }
                pending.remove(path);
                done.accept(path, made);
            });
        }
        return data;
    }

    private void failed(Path path, String reason, Exception cause) {
        failures.put(path, reason);
        if (logged.add(path)) {
            Failure.warned(ThumbnailLoader.class, NLS.bind(Messages.results_noThumbnail, path + ": " + reason), cause);
        }
    }

    /** Tries the pictures that failed again when next asked for. */
    void forgetFailures() {
        failures.clear();
    }

    /** Why the picture has no thumbnail, or null when it has one or it is not made yet. */
    String failure(Path path) {
        return failures.get(path);
    }

    /** Only these pictures are shown now: requests for others that have not started are dropped. */
    void wantOnly(Set<Path> shown) {
        wanted = Set.copyOf(shown);
    }

    /** Keeps thumbnails on disk in {@code disk} from now on. */
    void useCache(ThumbnailCache disk) {
        cache = disk;
        workers.execute(() -> {
            try {
                disk.trim();
            } catch (java.io.IOException e) {
                // trimming is best effort; the next start tries again
                Failure.warned(ThumbnailLoader.class, NLS.bind(Messages.results_cacheFailed, UserWords.of(e)), e);
            }
        });
    }

    void dispose() {
        workers.shutdownNow();
    }

    /** A work queue that hands out the newest request first. */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return offerFirst(task);
        }
    }
}
