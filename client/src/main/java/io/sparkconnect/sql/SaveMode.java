package io.sparkconnect.sql;

/** What a write does when its target already exists. */
public enum SaveMode {
  /** Add the rows to what exists. */
  Append,
  /** Replace what exists. */
  Overwrite,
  /** Fail if the target exists (the default). */
  ErrorIfExists,
  /** Do nothing if the target exists. */
  Ignore
}
