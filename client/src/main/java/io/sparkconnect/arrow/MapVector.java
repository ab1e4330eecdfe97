package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column of Arrow type Map (Spark MapType): offsets into a child struct of (key, value).
 * Values are unmodifiable {@link LinkedHashMap}s in entry order, built on access. Immutable,
 * thread-safe.
 */
final class MapVector extends ColumnVector {
  private final ByteBuffer offsets;
  private final ColumnVector keys;
  private final ColumnVector values;

  MapVector(
      ArrowField field,
      int length,
      ByteBuffer validity,
      ByteBuffer offsets,
      ColumnVector keys,
      ColumnVector values) {
    super(field, length, validity);
    this.offsets = offsets;
    this.keys = keys;
    this.values = values;
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    int s = offsets.getInt(row << 2);
    int e = offsets.getInt((row + 1) << 2);
    Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, (int) ((e - s) / 0.75f) + 1));
    for (int i = s; i < e; i++) {
      map.put(keys.getObject(i), values.getObject(i));
    }
    return Collections.unmodifiableMap(map);
  }
}
