package io.sparkconnect.sql.catalog;

/**
 * A column of a table, as listed by {@link Catalog#listColumns(String)} (not to be confused with
 * {@link io.sparkconnect.sql.Column}, a column expression).
 *
 * @param name the column name
 * @param description its comment, or {@code null}
 * @param dataType its type in SQL form, e.g. {@code bigint} or {@code array<string>}
 * @param nullable whether it may hold null
 * @param isPartition whether the table is partitioned by it
 * @param isBucket whether the table is bucketed by it
 * @param isCluster whether the table is clustered by it
 */
public record Column(String name, String description, String dataType, boolean nullable, boolean isPartition,
    boolean isBucket, boolean isCluster) {}
