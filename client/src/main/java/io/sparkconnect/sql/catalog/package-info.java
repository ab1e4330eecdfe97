/**
 * The catalog API ({@code spark.catalog()}): databases, tables, views, functions and caching, with
 * records describing what the server's catalogs hold.
 */
package io.sparkconnect.sql.catalog;
