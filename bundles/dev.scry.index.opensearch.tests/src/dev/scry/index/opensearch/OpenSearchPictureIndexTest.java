package dev.scry.index.opensearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.scry.index.PictureIndex;
import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchTestCluster;
import dev.scry.testing.PictureIndexContract;

/**
 * The OpenSearch index passes the shared behaviour suite of every {@link PictureIndex}, on a real two-node
 * cluster (one for the whole run), each test in a new index with two shards and a replica of each.
 */
@ExtendWith(OpenSearchClusterExtension.class)
class OpenSearchPictureIndexTest extends PictureIndexContract {
    private static final AtomicInteger INDEXES = new AtomicInteger();
    private final Cluster cluster;
    private String name;

    OpenSearchPictureIndexTest(OpenSearchTestCluster testCluster) {
        this.cluster = Cluster.at(testCluster.urls());
    }

    @Override
    protected PictureIndex newIndex(Path folder) throws IOException {
        name = "contract-" + INDEXES.incrementAndGet();
        return OpenSearchPictureIndex.open(cluster, name, 2, 1);
    }

    @AfterEach
    void deleteIndex() throws IOException {
        OpenSearchPictureIndex.delete(cluster, name);
        cluster.close();
    }
}
