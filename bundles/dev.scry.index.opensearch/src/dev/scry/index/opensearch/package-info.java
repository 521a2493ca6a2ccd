/**
 * A library stored on an OpenSearch 2.x cluster with the k-NN plugin: {@link dev.scry.index.opensearch.OpenSearchPictureIndex}
 * keeps one document a picture (id = content hash), one {@code knn_vector} per encoder, region vectors as a
 * {@code nested} field, and analyses words as {@code ScryTextAnalyzer} does, through the cluster's REST API.
 */
package dev.scry.index.opensearch;
