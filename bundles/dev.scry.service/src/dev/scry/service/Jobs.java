package dev.scry.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The API's background jobs: started, listed, found, cancelled; the last 100 finished ones are kept. */
final class Jobs {
    private static final int KEPT = 100;

    private final CommandLines commandLines;
    private final Calls calls;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    Jobs(CommandLines commandLines, Calls calls) {
        this.commandLines = commandLines;
        this.calls = calls;
    }

    /** Starts {@code args} in the background, as a command run from {@code cwd} with no terminal. */
    Job start(Path cwd, List<String> args) {
        Job job = new Job(calls.begin(UUID.randomUUID().toString(), args));
        jobs.put(job.call().id(), job);
        synchronized (order) {
            order.add(job.call().id());
            while (order.size() > KEPT && !jobs.get(order.get(0)).running()) {
                jobs.remove(order.remove(0));
            }
        }
        Thread.ofPlatform().name("scry job " + String.join(" ", args)).start(() -> {
            try {
                PrintStream out = new PrintStream(new Locked(job.out()), true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(new Locked(job.err()), true, StandardCharsets.UTF_8);
                job.finished(commandLines.run(job.call(), cwd, false, out, err));
            } catch (RuntimeException | Error e) {
                job.finished(1);
            } finally {
                calls.end(job.call());
            }
        });
        return job;
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    List<Job> list() {
        synchronized (order) {
            return order.stream().map(jobs::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** Writes to a buffer under its lock, so that a job's state can be read while it runs. */
    private static final class Locked extends java.io.OutputStream {
        private final java.io.ByteArrayOutputStream buffer;

        Locked(java.io.ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            synchronized (buffer) {
                buffer.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (buffer) {
                buffer.write(bytes, offset, length);
            }
        }
    }
}
