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

import org.eclipse.swt.graphics.ImageData;

import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;

/**
 * Makes thumbnails in the background (as many threads as half the cores) and keeps the most recent
 * ones in memory. The newest requests are served first and requests for pictures no longer shown are
 * dropped, so that after scrolling through thousands of results the pictures in view come first.
 * Callers get image data back on a loader thread and must hop to the UI thread.
 */
final class ThumbnailLoader {
    private static final int KEEP = 600;

    private final ImageLoader loader;
    private volatile ThumbnailCache cache;
    private final ExecutorService workers;
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
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

    /** The thumbnail if made already; else null, and {@code done} is called once it is made (or failed, with null). */
    synchronized ImageData get(Path path, BiConsumer<Path, ImageData> done) {
        ImageData data = recent.get(path);
        if (data == null && pending.add(path)) {
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
                } catch (UnreadableImageException | RuntimeException e) {
                    made = null; // the grid shows the cell without a picture
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
