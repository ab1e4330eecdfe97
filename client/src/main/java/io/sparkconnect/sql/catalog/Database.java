package io.sparkconnect.sql.catalog;

/**
 * A database (namespace) of a catalog, as listed by {@link Catalog#listDatabases()}.
 *
 * @param name the database name
 * @param catalog the catalog it belongs to, or {@code null}
 * @param description its comment, or {@code null}
 * @param locationUri where its data lives, or {@code null}
 */
public record Database(String name, String catalog, String description, String locationUri) {}
