/**
 * Column-at-a-time access to query results: {@link io.sparkconnect.sql.vectorized.ColumnarBatch}
 * and {@link io.sparkconnect.sql.vectorized.ColumnVector}, named after Spark's
 * {@code org.apache.spark.sql.vectorized}. {@code DataFrame.toColumnarBatches()} streams a
 * result as batches whose vectors read straight from the Arrow data the server sent.
 */
package io.sparkconnect.sql.vectorized;
