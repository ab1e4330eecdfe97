package io.sparkconnect.sql.catalog;

import java.util.List;

/**
 * A function, as listed by {@link Catalog#listFunctions()}.
 *
 * @param name the function name
 * @param catalog the catalog it belongs to, or {@code null} (built-in and temporary functions)
 * @param namespace its namespace, possibly {@code null} or empty
 * @param description its description, or {@code null}
 * @param className the class implementing it
 * @param isTemporary whether it is temporary (built-in functions are)
 */
public record Function(String name, String catalog, List<String> namespace, String description, String className,
    boolean isTemporary) {

  /** The database: the single namespace part, or {@code null} when the namespace is not one part. */
  public String database() {
    return namespace != null && namespace.size() == 1 ? namespace.get(0) : null;
  }
}
