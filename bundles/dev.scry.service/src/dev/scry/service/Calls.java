package dev.scry.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The calls running in the service, by id: to stop one, to list them, to stop them all when the service ends. */
final class Calls {
    private final Map<String, Call> running = new ConcurrentHashMap<>();
    private volatile long lastActivity = System.nanoTime();

    /** Registers a call; its id must be new. */
    Call begin(String id, List<String> args) {
        Call call = new Call(id, List.copyOf(args), Instant.now(), new CallStop());
        if (running.putIfAbsent(id, call) != null) {
            throw new IllegalArgumentException("a call with this id runs already: " + id);
        }
        lastActivity = System.nanoTime();
        return call;
    }

    void end(Call call) {
        running.remove(call.id(), call);
        lastActivity = System.nanoTime();
    }

    Optional<Call> find(String id) {
        return Optional.ofNullable(running.get(id));
    }

    List<Call> list() {
        return running.values().stream().sorted(java.util.Comparator.comparing(Call::started)).toList();
    }

    /** Asks every running call to stop. */
    void stopAll() {
        running.values().forEach(call -> call.stop().ask());
    }

    /** Whether no call ran for {@code nanos}. */
    boolean idleFor(long nanos) {
        return running.isEmpty() && System.nanoTime() - lastActivity >= nanos;
    }

    /** Counts a request that runs no command (status, the API's reads) as activity. */
    void touch() {
        lastActivity = System.nanoTime();
    }
}
