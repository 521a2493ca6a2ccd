/**
 * A library's Lucene index: one document per picture with its stored facts, full-text fields and one
 * HNSW vector field per encoder ({@link dev.scry.index.IndexSchema}); one writer at a time
 * ({@link dev.scry.index.ImageIndexWriter}, else {@link dev.scry.index.LibraryInUseException}) and any
 * number of searchers ({@link dev.scry.index.ImageSearcher}).
 */
package dev.scry.index;
