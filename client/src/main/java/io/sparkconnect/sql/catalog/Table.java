package io.sparkconnect.sql.catalog;

import java.util.List;

/**
 * A table or view, as listed by {@link Catalog#listTables()}.
 *
 * @param name the table name
 * @param catalog the catalog it belongs to, or {@code null} (temporary views)
 * @param namespace its namespace (the database), possibly empty
 * @param description its comment, or {@code null}
 * @param tableType {@code MANAGED}, {@code EXTERNAL}, {@code VIEW}, {@code TEMPORARY}, ...
 * @param isTemporary whether it is a temporary view
 */
public record Table(String name, String catalog, List<String> namespace, String description, String tableType,
    boolean isTemporary) {

  /** The database: the single namespace part, or {@code null} when the namespace is not one part. */
  public String database() {
    return namespace != null && namespace.size() == 1 ? namespace.get(0) : null;
  }
}
