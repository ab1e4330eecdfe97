package io.sparkconnect.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * A column of Arrow type Decimal (128 or 256 bits, little-endian two's complement) with a fixed
 * scale (Spark DecimalType). Values that fit in a long avoid BigInteger. Immutable, thread-safe.
 */
final class DecimalVector extends ColumnVector {
  private final ByteBuffer data;
  private final int width;
  private final int scale;

  DecimalVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.width = field.bitWidth / 8;
    this.scale = field.scale;
  }

  @Override
  public BigDecimal getDecimal(int row) {
    if (isNullAt(row)) {
      return null;
    }
    int off = row * width;
    long low = data.getLong(off);
    long sign = low >> 63;
    boolean fits = true;
    for (int i = 8; i < width; i += 8) {
      if (data.getLong(off + i) != sign) {
        fits = false;
        break;
      }
    }
    if (fits) {
      return BigDecimal.valueOf(low, scale);
    }
    byte[] bigEndian = new byte[width];
    for (int i = 0; i < width; i++) {
      bigEndian[i] = data.get(off + width - 1 - i);
    }
    return new BigDecimal(new BigInteger(bigEndian), scale);
  }

  @Override
  public Object getObject(int row) {
    return getDecimal(row);
  }
}
