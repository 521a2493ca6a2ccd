package dev.scry.library;

import java.io.IOException;

import dev.scry.index.ImageIndexWriter;
import dev.scry.index.ImageSearcher;
import dev.scry.index.LucenePictureIndex;
import dev.scry.index.PictureIndex;
import dev.scry.index.PictureReader;
import dev.scry.index.opensearch.Cluster;
import dev.scry.index.opensearch.ClusterAccess;
import dev.scry.index.opensearch.OpenSearchPictureIndex;

/**
 * Opens, creates and deletes the store a library keeps its pictures in ({@link Library#store()}): the embedded
 * Lucene index in its folder, or its index on an OpenSearch cluster. Only the embedded index has a one-writer
 * lock; an OpenSearch index takes writes from any number of Scry instances (a picture's id is its content hash).
 */
final class LibraryStores {
    /** Primary shards and replicas of a new OpenSearch index unless chosen: one shard, one copy of it on another node. */
    static final int SHARDS = 1;
    static final int REPLICAS = 1;

    private LibraryStores() {
    }

    /** A reader of the library's OpenSearch index, with a connection of its own; for embedded libraries see {@link OpenLibraries#reader}. */
    static PictureReader remoteReader(Library library) throws IOException {
        return OpenSearchPictureIndex.connect(library.store().url(), access(library.store()), library.store().index());
    }

    /** How Scry enters the cluster of {@code store}: its credentials' files and whether certificates are checked. */
    static ClusterAccess access(LibraryStore store) {
        return new ClusterAccess(store.user(), store.passwordFile(), store.apiKeyFile(), store.insecure());
    }

    /**
     * The library's store for writing: the embedded index with its write lock taken (a {@link dev.scry.index.LibraryInUseException}
     * when another writer holds it), or the OpenSearch index.
     */
    static PictureIndex writable(Library library) throws IOException {
        if (!library.store().isEmbedded()) {
            return OpenSearchPictureIndex.connect(library.store().url(), access(library.store()), library.store().index());
        }
        ImageIndexWriter writer = ImageIndexWriter.open(library.indexFolder(), library.vectors());
        try {
            return LucenePictureIndex.of(writer, ImageSearcher.open(library.indexFolder()));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * Makes sure the cluster of {@code store} answers and has its index, creating the index with {@code shards} and
     * {@code replicas} when it does not exist; returns whether it was created (an existing index is joined, as a
     * second Scry writing into the same library does). An unreachable cluster is an {@link IOException} naming its address.
     */
    static boolean prepare(LibraryStore store, int shards, int replicas) throws IOException {
        try (Cluster cluster = Cluster.at(store.url(), access(store))) {
            cluster.version();
            if (OpenSearchPictureIndex.exists(cluster, store.index())) {
                return false;
            }
            OpenSearchPictureIndex.open(cluster, store.index(), shards, replicas).close();
            return true;
        }
    }

    /** Deletes the OpenSearch index of {@code store} with every picture in it. */
    static void delete(LibraryStore store) throws IOException {
        try (Cluster cluster = Cluster.at(store.url(), access(store))) {
            OpenSearchPictureIndex.delete(cluster, store.index());
        }
    }

    /** {@code name} if OpenSearch takes it as an index name, else an {@link IllegalArgumentException} saying why. */
    static String checkIndexName(String name) {
        return OpenSearchPictureIndex.checkIndexName(name);
    }
}
