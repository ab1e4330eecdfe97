package io.sparkconnect.sql;

/** Where the part of a query that failed was written: in SQL text or with the DataFrame API. */
public enum QueryContextType {
  /** A fragment of SQL text. */
  SQL,
  /** A DataFrame API call. */
  DataFrame
}
