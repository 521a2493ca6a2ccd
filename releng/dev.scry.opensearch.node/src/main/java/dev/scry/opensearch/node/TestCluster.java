package dev.scry.opensearch.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch cluster of one or more nodes in this JVM, on loopback, for tests and benchmarks:
 * {@code TestCluster NODES FOLDER [MINUTES]}. Each node listens on free ports of 127.0.0.1 and keeps its
 * data under {@code FOLDER}, which is deleted when the cluster stops. The k-NN plugin (on the class path)
 * is loaded into every node.
 *
 * <p>When the cluster is green it prints one line, {@code ready URL[,URL...]} (each node's HTTP address).
 * It then reads commands from its standard input: {@code stop NODE} stops one node (1 is the first) and
 * answers {@code stopped NODE}; {@code exit} or the end of the input (the process that started it is gone)
 * stops the cluster. It stops by itself after MINUTES (default 30) however it is used.
 */
public final class TestCluster {
    private static final String KNN_PLUGIN = "org.opensearch.knn.plugin.KNNPlugin";

    private TestCluster() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TestCluster NODES FOLDER [MINUTES]");
            System.exit(2);
        }
        int nodes = Integer.parseInt(args[0]);
        if (nodes < 1 || nodes > 3) {
            throw new IllegalArgumentException("nodes must be 1 to 3: " + nodes);
        }
        Path folder = Path.of(args[1]).toAbsolutePath();
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 30;
        Files.createDirectories(folder);
        int[] http = freePorts(nodes);
        int[] transport = freePorts(nodes);
        List<String> seeds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            seeds.add("127.0.0.1:" + transport[i]);
            names.add("scry-node-" + (i + 1));
        }

        OpenSearchRunner runner = new OpenSearchRunner();
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(minutes));
                System.err.println("test cluster: time limit of " + minutes + " minutes reached, stopping");
                stop(runner);
            } catch (InterruptedException done) {
                // stopped normally
            }
        });
        runner.onBuild((number, settings) -> {
            int index = number - 1; // the runner numbers its nodes from 1
            settings.put("node.name", names.get(index));
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(http[index]));
            settings.put("transport.port", String.valueOf(transport[index]));
            settings.putList("discovery.seed_hosts", seeds);
            // the first node elects itself, the others join it: a node waiting for a quorum of nodes not yet started
            // would keep the runner (which starts them one after the other) waiting
            settings.putList("cluster.initial_cluster_manager_nodes", names.get(0));
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("knn.memory.circuit_breaker.enabled", "false");
        }).build(OpenSearchRunner.newConfigs().basePath(folder.toString()).numOfNode(nodes)
                .clusterName("scry-test-" + ProcessHandle.current().pid()).pluginTypes(KNN_PLUGIN).disableESLogger());
        runner.ensureGreen();
        List<String> urls = new ArrayList<>();
        for (int port : http) {
            urls.add("http://127.0.0.1:" + port);
        }
        System.out.println("ready " + String.join(",", urls));
        System.out.flush();

        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                String command = line.strip().toLowerCase(Locale.ROOT);
                if (command.equals("exit")) {
                    break;
                }
                if (command.startsWith("stop ")) {
                    int node = Integer.parseInt(command.substring(5).strip());
                    runner.getNode(node - 1).close();
                    System.out.println("stopped " + node);
                    System.out.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("test cluster: " + e);
        }
        watchdog.interrupt();
        stop(runner);
    }

    private static void stop(OpenSearchRunner runner) {
        try {
            runner.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("test cluster: stopping failed: " + e);
        }
        runner.clean();
        Runtime.getRuntime().halt(0);
    }

    /** {@code count} ports of 127.0.0.1 that were free a moment ago, all different. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free anyway
                }
            }
        }
    }
}
