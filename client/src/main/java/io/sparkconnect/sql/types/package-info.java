/**
 * SQL data types ({@link io.sparkconnect.sql.types.DataType} and its subclasses), schemas
 * ({@link io.sparkconnect.sql.types.StructType}), field metadata and the value classes used for
 * interval and variant results. Everything in this package is immutable and thread-safe, except
 * {@link io.sparkconnect.sql.types.MetadataBuilder}.
 */
package io.sparkconnect.sql.types;
