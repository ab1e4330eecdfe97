package io.sparkconnect.sql;

import io.sparkconnect.sql.types.StructType;
import java.io.Serializable;

/**
 * How values of a Java type {@code T} map to Spark rows, for typed operations and user-defined
 * functions that run on the server. Obtain one from {@link Encoders}.
 *
 * <p>Encoders are immutable, serializable and thread-safe. They travel to the server with the user
 * code that needs them: conversion between Spark's values and {@code T} happens in the server's
 * JVM, where the classes of {@code T} are loaded from the session's artifacts.
 *
 * @param <T> the Java type
 */
public interface Encoder<T> extends Serializable {
  /**
   * The schema of the rows this encoder reads and writes; a single-value encoder (e.g. {@link
   * Encoders#LONG()}) has one field named {@code value}.
   *
   * @return the schema
   */
  StructType schema();

  /**
   * The class of the values this encoder produces.
   *
   * @return the class of {@code T}
   */
  Class<T> clsTag();
}
