package dev.scry.onnx;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps ONNX Runtime sessions open while threads run them. Any number of threads may be inside a run
 * at once ({@link #enter()}); {@link #close(Runnable)} first refuses new runs, then waits until the runs
 * in progress have ended, and only then frees the sessions, so no thread is ever inside native code
 * whose memory has been freed. A run asked for after close is refused ({@link #enter()} gives null) and
 * the owner tells its caller so in words.
 */
public final class SessionGuard {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private boolean freed; // guarded by the write lock

    /** One run in progress; closing it lets a waiting {@link SessionGuard#close(Runnable)} go on. */
    public final class Use implements AutoCloseable {
        private Use() {
        }

        @Override
        public void close() {
            lock.readLock().unlock();
        }
    }

    /**
     * Starts a run: the sessions stay open until the returned use is closed. Returns null when the
     * sessions are closed or closing.
     */
    public Use enter() {
        if (closed) {
            return null;
        }
        lock.readLock().lock();
        if (closed) {
            lock.readLock().unlock();
            return null;
        }
        return new Use();
    }

    /** Whether {@link #close(Runnable)} has been called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Refuses new runs, waits for the runs in progress to end, then calls {@code freeSessions} (once,
     * on the first close; later closes return at once). Must not be called from inside a run.
     */
    public void close(Runnable freeSessions) {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("the sessions cannot be closed from inside one of their runs");
        }
        closed = true; // refuse new runs while the ones in progress end
        lock.writeLock().lock();
        try {
            if (!freed) {
                freed = true;
                freeSessions.run();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
