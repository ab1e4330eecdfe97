package io.sparkconnect.sql.types;

import java.util.Arrays;

/**
 * A value of {@link VariantType} in its binary encoding: a value buffer and a metadata buffer.
 *
 * <p>Immutable and thread-safe: the buffers are copied on construction and on access.
 */
public final class VariantVal {
  private final byte[] value;
  private final byte[] metadata;

  /**
   * Creates a variant value.
   *
   * @param value the encoded value bytes
   * @param metadata the encoded metadata bytes
   */
  public VariantVal(byte[] value, byte[] metadata) {
    this.value = value.clone();
    this.metadata = metadata.clone();
  }

  /**
   * The encoded value bytes (a copy).
   *
   * @return value bytes
   */
  public byte[] getValue() {
    return value.clone();
  }

  /**
   * The encoded metadata bytes (a copy).
   *
   * @return metadata bytes
   */
  public byte[] getMetadata() {
    return metadata.clone();
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof VariantVal
        && Arrays.equals(value, ((VariantVal) o).value)
        && Arrays.equals(metadata, ((VariantVal) o).metadata);
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(value) + Arrays.hashCode(metadata);
  }

  private static String hex(byte[] b, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(b.length, max); i++) {
      sb.append(String.format("%02x", b[i] & 0xff));
    }
    if (b.length > max) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * Returns a hex summary such as {@code VariantVal(value=0c01, metadata=010000)} (at most 32
   * bytes of each buffer are shown).
   */
  @Override
  public String toString() {
    return "VariantVal(value=" + hex(value, 32) + ", metadata=" + hex(metadata, 32) + ")";
  }
}
