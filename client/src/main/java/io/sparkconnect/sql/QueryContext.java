package io.sparkconnect.sql;

import java.util.Objects;

/**
 * The part of a query an error is about, as the server reported it: for SQL text, the fragment
 * and its character positions; for DataFrame code, the call site. Immutable.
 *
 * @param contextType whether the fragment is SQL text or a DataFrame call
 * @param objectType the kind of object the fragment belongs to (e.g. {@code VIEW}), or empty for the main query
 * @param objectName the name of that object, or empty
 * @param startIndex the position of the fragment's first character in the SQL text (0-based), or -1
 * @param stopIndex the position of the fragment's last character in the SQL text, or -1
 * @param fragment the failing part of the query (SQL text or the DataFrame function)
 * @param callSite where a DataFrame call was made, or empty
 * @param summary a human-readable summary of the context
 */
public record QueryContext(QueryContextType contextType, String objectType, String objectName, int startIndex,
    int stopIndex, String fragment, String callSite, String summary) {
  /** Checks the arguments. */
  public QueryContext {
    Objects.requireNonNull(contextType, "contextType");
    objectType = Objects.requireNonNullElse(objectType, "");
    objectName = Objects.requireNonNullElse(objectName, "");
    fragment = Objects.requireNonNullElse(fragment, "");
    callSite = Objects.requireNonNullElse(callSite, "");
    summary = Objects.requireNonNullElse(summary, "");
  }
}
