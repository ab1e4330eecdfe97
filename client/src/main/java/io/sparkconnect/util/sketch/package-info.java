/**
 * Probabilistic sketches that Spark builds on the server and returns as bytes:
 * {@link io.sparkconnect.util.sketch.BloomFilter} (from {@code DataFrame.stat().bloomFilter(...)})
 * and {@link io.sparkconnect.util.sketch.CountMinSketch} (from
 * {@code DataFrame.stat().countMinSketch(...)}).
 *
 * <p>Both read and write Spark's serialized binary formats and hash values exactly as Spark's
 * {@code org.apache.spark.util.sketch} classes do, so a sketch built by the server answers queries
 * on the client, and sketches built here can be merged with server-built ones.
 */
package io.sparkconnect.util.sketch;
