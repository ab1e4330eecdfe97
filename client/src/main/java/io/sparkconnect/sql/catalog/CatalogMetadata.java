package io.sparkconnect.sql.catalog;

/**
 * A catalog, as listed by {@link Catalog#listCatalogs()}.
 *
 * @param name the catalog name
 * @param description its description, or {@code null}
 */
public record CatalogMetadata(String name, String description) {}
