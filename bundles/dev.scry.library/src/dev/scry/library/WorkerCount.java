package dev.scry.library;

/**
 * How many pictures an indexing run works on at once: the threads asked for, but no more than half of
 * the Java heap can hold while each decodes its largest picture (the other half stays for the index,
 * the results in flight and the rest of the program). At least one.
 */
final class WorkerCount {
    private WorkerCount() {
    }

    /**
     * @param wanted          the threads asked for (the settings' indexing threads)
     * @param bytesPerWorker  the most heap one worker takes (see {@link dev.scry.image.ImageLoader#peakBytes(java.util.Collection)})
     * @param maxHeap         the heap the JVM may use ({@link Runtime#maxMemory()})
     */
    static int fitting(int wanted, long bytesPerWorker, long maxHeap) {
        if (wanted < 1) {
            throw new IllegalArgumentException("wanted must be at least 1: " + wanted);
        }
        if (bytesPerWorker < 1) {
            throw new IllegalArgumentException("bytesPerWorker must be positive: " + bytesPerWorker);
        }
        long fit = maxHeap / 2 / bytesPerWorker;
        return (int) Math.max(1, Math.min(wanted, fit));
    }
}
