package io.sparkconnect.arrow;

import java.math.BigDecimal;

/**
 * One column spread over several record batches of a stream, presented as a single vector: each
 * call finds the batch holding the row and delegates to its vector. Immutable, thread-safe.
 */
final class ChunkedVector extends ColumnVector {
  private final ColumnVector[] chunks;
  private final int[] starts;

  ChunkedVector(ColumnVector[] chunks, int[] starts, int length) {
    super(chunks[0].field, length, null);
    this.chunks = chunks;
    this.starts = starts;
  }

  private int chunk(int row) {
    return ArrowBatch.chunkOf(starts, row);
  }

  @Override
  public boolean isNullAt(int row) {
    int c = chunk(row);
    return chunks[c].isNullAt(row - starts[c]);
  }

  @Override
  public int numNulls() {
    int n = 0;
    for (ColumnVector c : chunks) {
      n += c.numNulls();
    }
    return n;
  }

  @Override
  public boolean getBoolean(int row) {
    int c = chunk(row);
    return chunks[c].getBoolean(row - starts[c]);
  }

  @Override
  public byte getByte(int row) {
    int c = chunk(row);
    return chunks[c].getByte(row - starts[c]);
  }

  @Override
  public short getShort(int row) {
    int c = chunk(row);
    return chunks[c].getShort(row - starts[c]);
  }

  @Override
  public int getInt(int row) {
    int c = chunk(row);
    return chunks[c].getInt(row - starts[c]);
  }

  @Override
  public long getLong(int row) {
    int c = chunk(row);
    return chunks[c].getLong(row - starts[c]);
  }

  @Override
  public float getFloat(int row) {
    int c = chunk(row);
    return chunks[c].getFloat(row - starts[c]);
  }

  @Override
  public double getDouble(int row) {
    int c = chunk(row);
    return chunks[c].getDouble(row - starts[c]);
  }

  @Override
  public BigDecimal getDecimal(int row) {
    int c = chunk(row);
    return chunks[c].getDecimal(row - starts[c]);
  }

  @Override
  public String getString(int row) {
    int c = chunk(row);
    return chunks[c].getString(row - starts[c]);
  }

  @Override
  public byte[] getBinary(int row) {
    int c = chunk(row);
    return chunks[c].getBinary(row - starts[c]);
  }

  @Override
  public Object getObject(int row) {
    int c = chunk(row);
    return chunks[c].getObject(row - starts[c]);
  }
}
