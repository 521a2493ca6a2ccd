package dev.scry.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where a library's pictures are stored and searched: the embedded Lucene index in the library's folder
 * ({@link LucenePictureIndex}, the default) or an index on an OpenSearch cluster. Both keep one entry a
 * content hash, and the same calls find the same pictures: what the rest of Scry writes and searches through.
 * Its reading side is {@link PictureReader}.
 *
 * <p>Changes are durable and seen by searches once {@link #commit()} returns. Similarities are percentages
 * as {@link Similarity} defines them, whichever store answers.
 */
public interface PictureIndex extends PictureReader {

    /** Adds the picture with its vectors and region vectors (by encoder id), or replaces the one with its content hash. */
    void put(ImageRecord record, Map<String, float[]> vectors, Map<String, List<float[]>> regions) throws IOException;

    /** Removes the picture with this content hash (nothing when there is none). */
    void remove(String hash) throws IOException;

    /** Removes every picture. */
    void clear() throws IOException;

    /** Makes the changes so far durable and visible to searches. */
    void commit() throws IOException;
}
