package dev.scry.index;

import java.util.Locale;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * How a library stores its pictures' own vectors in the HNSW graph (region vectors are always bytes,
 * {@link IndexSchema#regionField}): full floats, or scalar-quantized to 8, 4 or 1
 * bits per dimension. Lucene keeps the raw floats beside the quantized copy, so the index grows on
 * disk (by about an eighth for int8); what quantization saves is memory for the graph search when the
 * floats do not fit in RAM, and some build time. Searches score their candidates again with the raw
 * floats ({@link ImageSearcher}), which recovers nearly all of the exactness (figures in the README).
 * The choice is per library and applies to newly written segments.
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

    /**
     * The Lucene format for region vectors, which are bytes already ({@link IndexSchema#regionField}):
     * the plain HNSW graph, whatever the library's storage (Lucene quantizes float vectors only).
     */
    static KnnVectorsFormat regionFormat() {
        return new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
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
