package dev.scry.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.image.ImageFormat;
import dev.scry.index.ImageRecord;
import dev.scry.index.SearchFilter;
import dev.scry.index.SearchHit;
import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchTestCluster;

/** What a library on OpenSearch does when the cluster or one of its nodes is gone. */
@ExtendWith(OpenSearchClusterExtension.class)
class ClusterFailureTest {

    @TempDir
    Path temp;

    @Test
    void anUnreachableClusterIsASentenceNamingItsAddressWithoutTheCredentials() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free, and nothing listens once closed
        }
        Path password = Files.writeString(temp.resolve("password"), "s3cret-word\n");
        ClusterAccess ann = new ClusterAccess(Optional.of("ann"), Optional.of(password), Optional.empty(), false);
        try (Cluster nowhere = Cluster.at("http://127.0.0.1:" + port, ann)) {
            IOException e = assertThrows(IOException.class, () -> OpenSearchPictureIndex.open(nowhere, "pictures", 1, 0));
            assertTrue(e.getMessage().startsWith("OpenSearch at http://127.0.0.1:" + port + " is unreachable"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret-word"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    @Test
    void aSecretFileThatCannotBeReadIsNamedWithTheReason() throws IOException {
        Path missing = temp.resolve("missing");
        IOException gone = assertThrows(IOException.class, () -> Cluster.at("http://127.0.0.1:1",
                new ClusterAccess(Optional.of("ann"), Optional.of(missing), Optional.empty(), false)));
        assertEquals("cannot read the password file " + missing + ": no such file", gone.getMessage());
        Path empty = Files.writeString(temp.resolve("empty.key"), "\n");
        IOException blank = assertThrows(IOException.class, () -> Cluster.at("http://127.0.0.1:1",
                new ClusterAccess(Optional.empty(), Optional.empty(), Optional.of(empty), false)));
        assertEquals("the API key file " + empty + " is empty", blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClusterAccess(Optional.of("ann"), Optional.empty(), Optional.empty(), false));
        assertThrows(IllegalArgumentException.class, () -> new ClusterAccess(Optional.of("ann"), Optional.of(empty), Optional.of(empty), false));
    }

    @Test
    void badAddressesAndIndexNamesAreRefusedBeforeAnyRequest() {
        assertEquals("not an OpenSearch address (http://HOST:PORT or https://HOST:PORT): localhost:9200",
                assertThrows(IllegalArgumentException.class, () -> Cluster.at("localhost:9200")).getMessage());
        try (Cluster cluster = Cluster.at("http://127.0.0.1:1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenSearchPictureIndex.open(cluster, "My Pictures", 1, 0));
            assertTrue(e.getMessage().startsWith("not an OpenSearch index name"), e.getMessage());
        }
    }

    @Test
    void searchesStillAnswerWhenANodeStops(OpenSearchTestCluster testCluster) throws IOException {
        try (Cluster cluster = Cluster.at(testCluster.urls()); Cluster secondFirst = Cluster.at(testCluster.url(2) + "," + testCluster.url(1))) {
            OpenSearchPictureIndex.delete(cluster, "node-stop");
            OpenSearchPictureIndex index = OpenSearchPictureIndex.open(cluster, "node-stop", 1, 1);
            float[] query = {1, 0, 0, 0};
            index.put(picture("p1"), Map.of("enc", new float[] {1, 0.1f, 0, 0}), Map.of());
            index.put(picture("p2"), Map.of("enc", new float[] {0, 1, 0, 0}), Map.of());
            index.commit();
            cluster.send("GET", "/_cluster/health/node-stop?wait_for_status=green&timeout=120s", null); // the replica is on the other node
            assertEquals("green", cluster.send("GET", "/_cluster/health/node-stop", null).get("status"));

            testCluster.stopNode(2);

            cluster.send("GET", "/_cluster/health/node-stop?wait_for_status=yellow&timeout=120s", null);
            List<SearchHit> hits = index.similar("enc", query, 10, 0, SearchFilter.NONE);
            assertEquals(List.of("p1", "p2"), hits.stream().map(SearchHit::hash).toList());
            assertEquals(2, index.count());
            // a client that names the stopped node first goes on to the next
            assertEquals(2, OpenSearchPictureIndex.open(secondFirst, "node-stop", 1, 1).count());
            OpenSearchPictureIndex.delete(cluster, "node-stop");
        }
    }

    private static ImageRecord picture(String hash) {
        return new ImageRecord(hash, List.of(new ImageRecord.Location(Path.of("/n/" + hash + ".png"), 1000)), 10, ImageFormat.PNG, 8, 8,
                Optional.empty(), Optional.empty(), 1, "");
    }
}
