package io.sparkconnect.sql.expressions;

import io.sparkconnect.sql.Column;

/**
 * A user-defined function, made by {@code functions.udf} (or {@code functions.udaf}): apply it to
 * columns to get a column, or register it by name with {@link io.sparkconnect.sql.UDFRegistration}.
 *
 * <p>Immutable and thread-safe: the {@code as...}/{@code with...} methods return new functions.
 * The function itself runs on the server.
 */
public abstract class UserDefinedFunction {
  /** For this client's implementations. */
  protected UserDefinedFunction() {}

  /**
   * The column computing this function over the given columns.
   *
   * @param exprs the arguments, as many as the function takes
   * @return the result column
   */
  public abstract Column apply(Column... exprs);

  /**
   * Whether the function's result may be null (true unless {@link #asNonNullable()} was used).
   *
   * @return whether the result is nullable
   */
  public abstract boolean nullable();

  /**
   * Whether the function always gives the same result for the same arguments (true unless
   * {@link #asNondeterministic()} was used).
   *
   * @return whether the function is deterministic
   */
  public abstract boolean deterministic();

  /**
   * The function's name: the one given by {@link #withName(String)} or at registration, or
   * {@code UDF}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The same function under another name (shown in column names and plans).
   *
   * @param name the name
   * @return the renamed function
   */
  public abstract UserDefinedFunction withName(String name);

  /**
   * The same function, declared never to return null.
   *
   * @return the non-nullable function
   */
  public abstract UserDefinedFunction asNonNullable();

  /**
   * The same function, declared nondeterministic: the optimizer will neither repeat nor
   * eliminate its calls.
   *
   * @return the nondeterministic function
   */
  public abstract UserDefinedFunction asNondeterministic();
}
