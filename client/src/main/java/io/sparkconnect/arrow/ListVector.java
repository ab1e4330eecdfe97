package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A column of Arrow type List or LargeList (Spark ArrayType): offsets into one child vector.
 * Values are unmodifiable {@link List}s that may contain nulls, built on access. Offsets are
 * checked when the vector is built. Immutable, thread-safe.
 */
final class ListVector extends ColumnVector {
  private final ByteBuffer offsets;
  private final boolean large;
  private final ColumnVector elements;

  ListVector(
      ArrowField field, int length, ByteBuffer validity, ByteBuffer offsets, ColumnVector elements) {
    super(field, length, validity);
    this.offsets = offsets;
    this.large = field.kind == ArrowTypeKind.LARGE_LIST;
    this.elements = elements;
  }

  /** The vector holding every list's elements. */
  ColumnVector elements() {
    return elements;
  }

  /** Index into {@link #elements()} of the first element of the list at {@code row}. */
  int start(int row) {
    return large ? (int) offsets.getLong(row << 3) : offsets.getInt(row << 2);
  }

  /** Number of elements of the list at {@code row}. */
  int count(int row) {
    return start(row + 1) - start(row);
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    int s = start(row);
    Object[] values = new Object[start(row + 1) - s];
    for (int i = 0; i < values.length; i++) {
      values[i] = elements.getObject(s + i);
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }
}
