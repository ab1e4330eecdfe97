/** Window specifications for window functions: {@link io.sparkconnect.sql.expressions.Window}. */
package io.sparkconnect.sql.expressions;
