package dev.scry.index;

import java.util.Locale;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * How a library stores its vectors in the HNSW graph: full floats, or scalar-quantized to 8, 4 or 1
 * bits per dimension (smaller and faster, slightly less exact; Lucene re-scores with the raw floats it
 * keeps beside the quantized copy). The choice is per library and applies to newly written segments.
 */
public enum VectorStorage {
    FLOAT32, INT8, INT4, BIT;

    /** HNSW graph connections per node and candidates while building, as Lucene's defaults. */
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 100;

    /** The Lucene format for vector fields. */
    public KnnVectorsFormat format() {
        return switch (this) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
            case INT8 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, MAX_CONNECTIONS, BEAM_WIDTH);
            case INT4 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.PACKED_NIBBLE, MAX_CONNECTIONS, BEAM_WIDTH);
            case BIT -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE, MAX_CONNECTIONS,
                    BEAM_WIDTH);
        };
    }

    /** The name used in settings and on the command line, e.g. {@code int8}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The storage called {@code id}; an IllegalArgumentException lists the choices otherwise. */
    public static VectorStorage of(String id) {
        for (VectorStorage storage : values()) {
            if (storage.id().equals(id.toLowerCase(Locale.ROOT))) {
                return storage;
            }
        }
        throw new IllegalArgumentException("unknown vector storage '" + id + "' (choose float32, int8, int4 or bit)");
    }
}
