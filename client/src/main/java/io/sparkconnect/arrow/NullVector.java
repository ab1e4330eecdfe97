package io.sparkconnect.arrow;

/** A column of Arrow type Null: every value is null. Immutable, thread-safe. */
final class NullVector extends ColumnVector {
  NullVector(ArrowField field, int length) {
    super(field, length, null);
  }

  @Override
  public boolean isNullAt(int row) {
    return true;
  }

  @Override
  public int numNulls() {
    return length;
  }

  @Override
  public Object getObject(int row) {
    return null;
  }
}
