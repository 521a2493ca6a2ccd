package dev.scry.ui.parts;

import java.awt.image.BufferedImage;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.scry.encoder.EncodingException;
import dev.scry.encoder.ImageEncoder;
import dev.scry.encoder.TextEncoder;

/**
 * A pausable encoder for UI tests, installed as a real OSGi service so the views' real indexer and
 * search use it: a library that names it ({@link #ID}) indexes one picture per permit the test hands
 * out with {@link #letThrough(int, int)} (by picture width), and a phrase the test {@link #hold(String) holds} is searched for
 * only once the test {@link #release(String) releases} it. So nothing in a test depends on how fast
 * the machine is. {@link #close()} unregisters it and lets everything through.
 */
final class PictureGate implements ImageEncoder, TextEncoder, AutoCloseable {
    static final String ID = "gate";
    private static final int DIMENSION = 4;

    /** Permits by picture width, so a test can let the pictures of one library through and hold another's. */
    private final java.util.Map<Integer, Semaphore> pictures = new ConcurrentHashMap<>();
    private volatile boolean open;
    private final AtomicInteger waitingPictures = new AtomicInteger();
    private final AtomicInteger encodedPictures = new AtomicInteger();
    private final java.util.Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Set<String> waitingPhrases = ConcurrentHashMap.newKeySet();
    private final Set<String> encodedPhrases = ConcurrentHashMap.newKeySet();
    private final ServiceRegistration<?> registration;

    private PictureGate() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("encoder.id", ID);
        registration = FrameworkUtil.getBundle(PictureGate.class).getBundleContext()
                .registerService(new String[] { ImageEncoder.class.getName(), TextEncoder.class.getName() }, this, properties);
    }

    /** Installs a gate, closed: no picture passes until {@link #letThrough(int, int)} or {@link #open()}. */
    static PictureGate install() {
        return new PictureGate();
    }

    /** Lets {@code count} more pictures {@code width} pixels wide be encoded. */
    void letThrough(int width, int count) {
        permits(width).release(count);
    }

    /** Lets every picture through from now on. */
    void open() {
        open = true;
        pictures.values().forEach(p -> p.release(Integer.MAX_VALUE / 2));
    }

    private Semaphore permits(int width) {
        return pictures.computeIfAbsent(width, w -> new Semaphore(open ? Integer.MAX_VALUE / 2 : 0));
    }

    /** How many pictures wait at the gate now. */
    int waitingPictures() {
        return waitingPictures.get();
    }

    /** How many pictures have passed the gate. */
    int encodedPictures() {
        return encodedPictures.get();
    }

    /** Searches for {@code phrase} wait until {@link #release(String)}. */
    void hold(String phrase) {
        held.put(phrase, new CountDownLatch(1));
    }

    void release(String phrase) {
        CountDownLatch latch = held.remove(phrase);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Whether a search for {@code phrase} is waiting at the gate now. */
    boolean isWaiting(String phrase) {
        return waitingPhrases.contains(phrase);
    }

    /** Whether a search for {@code phrase} has passed the gate. */
    boolean hasEncoded(String phrase) {
        return encodedPhrases.contains(phrase);
    }

    @Override
    public void close() {
        registration.unregister();
        open();
        held.keySet().forEach(this::release);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String label() {
        return "Test gate";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] encode(BufferedImage image) throws EncodingException {
        waitingPictures.incrementAndGet();
        try {
            permits(image.getWidth()).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncodingException("interrupted at the test gate");
        } finally {
            waitingPictures.decrementAndGet();
        }
        encodedPictures.incrementAndGet();
        return new float[] { 1, 0, 0, 0 };
    }

    @Override
    public float[] encode(String text) throws EncodingException {
        CountDownLatch latch = held.get(text);
        if (latch != null) {
            waitingPhrases.add(text);
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EncodingException("interrupted at the test gate");
            } finally {
                waitingPhrases.remove(text);
            }
        }
        encodedPhrases.add(text);
        return new float[] { 1, 0, 0, 0 };
    }
}
