/**
 * Java functional interfaces for user-defined functions, {@link io.sparkconnect.sql.api.java.UDF0}
 * to {@link io.sparkconnect.sql.api.java.UDF22}, as in Spark's Java API.
 */
package io.sparkconnect.sql.api.java;
