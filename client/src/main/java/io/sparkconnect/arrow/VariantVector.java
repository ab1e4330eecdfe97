package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.VariantVal;
import java.nio.ByteBuffer;

/**
 * A column of Spark VARIANT values, sent as an Arrow struct of binary {@code value} and
 * {@code metadata} marked with field metadata {@code variant=true}; values are
 * {@link VariantVal}s. Immutable, thread-safe.
 */
final class VariantVector extends ColumnVector {
  private final ColumnVector value;
  private final ColumnVector metadata;

  VariantVector(
      ArrowField field, int length, ByteBuffer validity, ColumnVector value, ColumnVector metadata) {
    super(field, length, validity);
    this.value = value;
    this.metadata = metadata;
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    byte[] v = value.getBinary(row);
    byte[] m = metadata.getBinary(row);
    return new VariantVal(v == null ? new byte[0] : v, m == null ? new byte[0] : m);
  }
}
