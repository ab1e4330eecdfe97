package io.sparkconnect.arrow;

import io.sparkconnect.sql.vectorized.ColumnarRow;
import io.sparkconnect.sql.types.StructType;
import java.nio.ByteBuffer;

/**
 * A column of Arrow type Struct (Spark StructType): one child vector per field. Values are
 * {@link ColumnarRow} views over the children; nothing is copied. Immutable, thread-safe.
 */
final class StructVector extends ColumnVector {
  private final ColumnVector[] children;
  private final StructType schema;

  StructVector(ArrowField field, int length, ByteBuffer validity, ColumnVector[] children) {
    super(field, length, validity);
    this.children = children;
    this.schema = ArrowTypeMapping.toSpark(field.children);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : new ColumnarRow(schema, children, row);
  }
}
