/**
 * Structured Streaming: read data streams with {@link io.sparkconnect.sql.SparkSession#readStream()},
 * write them with {@link io.sparkconnect.sql.DataFrame#writeStream()}, and watch and stop the
 * running queries through {@link StreamingQuery} and {@link StreamingQueryManager}.
 *
 * <pre>{@code
 * StreamingQuery q = spark.readStream().format("rate").load()
 *     .writeStream().format("memory").queryName("rates").trigger(Trigger.ProcessingTime("1 second")).start();
 * q.processAllAvailable();
 * spark.sql("SELECT count(*) FROM rates").show();
 * q.stop();
 * }</pre>
 *
 * <p>The queries run on the server; every method here that asks about a query is a request.
 * {@code foreach}, {@code foreachBatch} and query listeners are not offered: they ship JVM
 * closures to the server.
 */
package io.sparkconnect.sql.streaming;
