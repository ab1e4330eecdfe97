/**
 * Spark's Java function interfaces ({@code MapFunction}, {@code FilterFunction},
 * {@code MapGroupsFunction}, ...) with Spark's names and signatures, for the typed operations of
 * {@code DataFrame}, {@code TypedDataFrame} and {@code KeyValueGroupedDataset}. Every interface is
 * {@link java.io.Serializable}: the function runs on the Spark Connect server.
 */
package io.sparkconnect.api.java.function;
