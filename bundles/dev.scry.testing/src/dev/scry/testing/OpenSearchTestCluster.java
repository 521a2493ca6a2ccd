package dev.scry.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real two-node OpenSearch cluster on loopback for the tests, in a JVM of its own: the
 * {@code dev.scry.opensearch.node} module of the repository (built before the bundles; name it in {@code -pl}),
 * started with this JVM's {@code java}. Test classes get one through {@link OpenSearchClusterExtension}. Its data folder is temporary; it stops when {@link #close()}d, when this JVM ends (its
 * standard input closes) or after 30 minutes.
 */
public final class OpenSearchTestCluster implements AutoCloseable {
    /** How long a start may take on a loaded machine (8 builds on 2 cores). */
    private static final Duration START = Duration.ofMinutes(6);
    private static final Duration STOP_NODE = Duration.ofMinutes(2);

    private final Process process;
    private final Path folder;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String urls;

    private OpenSearchTestCluster(Process process, Path folder, Path log) throws IOException {
        this.process = process;
        this.folder = folder;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the cluster is gone
            }
            lines.add("ended");
        });
        String ready = awaitLine("ready ", START);
        if (ready == null) {
            process.destroyForcibly();
            throw new IOException("the test cluster did not start within " + START.toMinutes() + " minutes; its log: " + log);
        }
        this.urls = ready.substring("ready ".length());
    }

    /** Starts the cluster from the node module in {@code ../../releng} (the tests run in their bundle's folder). */
    public static OpenSearchTestCluster start() throws IOException {
        Path node = Path.of(System.getProperty("scry.opensearch.node", "../../releng/dev.scry.opensearch.node/target"));
        Path classpath = node.resolve("classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            throw new IOException("the test cluster is not built: " + classpath.toAbsolutePath()
                    + " is missing (build releng/dev.scry.opensearch.node first, or name it in -pl)");
        }
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String path = node.resolve("classes").toAbsolutePath() + File.pathSeparator + Files.readString(classpath).strip()
                + File.pathSeparator + node.resolve("knn").toAbsolutePath() + "/*";
        Path folder = Files.createTempDirectory("scry-opensearch-");
        Path log = Path.of("target", "test-cluster.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(javaCommand, "-Xms512m", "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-cp", path,
                "dev.scry.opensearch.node.TestCluster", "2", folder.toString(), "30")
                .redirectError(log.toFile()).start();
        try {
            return new OpenSearchTestCluster(process, folder, log);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The HTTP addresses of the nodes, comma-separated, the first node's first. */
    public String urls() {
        return urls;
    }

    /** The address of node {@code number} (1 is the first). */
    public String url(int number) {
        return List.of(urls.split(",")).get(number - 1);
    }

    /** Stops node {@code number} and waits until it is down. */
    public void stopNode(int number) throws IOException {
        commands.write("stop " + number + "\n");
        commands.flush();
        if (awaitLine("stopped " + number, STOP_NODE) == null) {
            throw new IOException("node " + number + " of the test cluster did not stop within " + STOP_NODE.toMinutes() + " minutes");
        }
    }

    private String awaitLine(String start, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        try {
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
                if (line == null || line.equals("ended")) {
                    return null;
                }
                if (line.startsWith(start)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            commands.write("exit\n");
            commands.close();
        } catch (IOException gone) {
            // the cluster has stopped already
        }
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        delete(folder);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is removed by the system
        }
    }
}
