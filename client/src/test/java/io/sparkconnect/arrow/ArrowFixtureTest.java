package io.sparkconnect.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed byte fixtures. */
class ArrowFixtureTest {

  private static ByteBuffer le(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void flatBufferTableWithDefaultsAndString() {
    // root offset -> table at 12; vtable at 4: size 8, table size 12, field0 at +4, field1 absent
    ByteBuffer b = le(
        12, 0, 0, 0, // root uoffset
        8, 0, 12, 0, 4, 0, 0, 0, // vtable: 8 bytes, table 12 bytes, f0 @4, f1 absent
        8, 0, 0, 0, // table: soffset 8 -> vtable at 4
        7, 0, 0, 0, // f0: int 7
        4, 0, 0, 0, // (unused slot)
        2, 0, 0, 0, 'h', 'i', 0, 0); // a string, unreferenced
    FlatBufferTable t = FlatBufferTable.root(b);
    assertEquals(7, t.getInt(0, -1));
    assertEquals(42, t.getInt(1, 42));
    assertEquals(3, t.getShort(9, (short) 3));
    assertNull(t.getString(1));
    assertNull(t.getTable(1));
    assertEquals(0, t.vectorLength(1, 4));
  }

  @Test
  void flatBufferReferenceOutsideBufferIsRejected() {
    ByteBuffer b = le(100, 0, 0, 0);
    assertThrows(ArrowFormatException.class, () -> FlatBufferTable.root(b));
  }

  @Test
  void writerFramingIsAlignedAndEndsWithEos() {
    StructType schema = new StructType().add("a", DataTypes.IntegerType);
    byte[] s = ArrowWriter.write(schema, List.<Object[]>of(new Object[] {1}, new Object[] {null}));
    ByteBuffer b = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(-1, b.getInt(0));
    int meta = b.getInt(4);
    assertEquals(0, meta % 8);
    int second = 8 + meta; // schema message has no body
    assertEquals(-1, b.getInt(second));
    assertEquals(0, s.length % 8);
    assertEquals(-1, b.getInt(s.length - 8));
    assertEquals(0, b.getInt(s.length - 4));
    // RecordBatch body: validity(8 bytes padded) + data (8 bytes padded) = 16 bytes.
    int meta2 = b.getInt(second + 4);
    assertEquals(s.length - 8, second + 8 + meta2 + 16);
    int bodyStart = second + 8 + meta2;
    assertEquals(0b01, s[bodyStart]); // validity: row 0 valid, row 1 null
    assertEquals(1, b.getInt(bodyStart + 8)); // value of row 0
  }

  @Test
  void legacyFramingWithoutContinuationMarkerIsRead() throws Exception {
    StructType schema = new StructType().add("a", DataTypes.LongType);
    byte[] s = ArrowWriter.write(schema, List.<Object[]>of(new Object[] {5L}, new Object[] {6L}));
    // Rewrite as the pre-0.15 format: int32 length, metadata, body; EOS = int32 0.
    ByteBuffer in = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (true) {
      int len = in.getInt(pos + 4);
      if (len == 0) {
        out.write(new byte[4]);
        break;
      }
      FlatBufferTable msg = FlatBufferTable.root(
          in.slice(pos + 8, len).order(ByteOrder.LITTLE_ENDIAN));
      int body = (int) msg.getLong(3, 0);
      out.write(s, pos + 4, 4 + len + body);
      pos += 8 + len + body;
    }
    ArrowBatch batch = ArrowBatch.decode(out.toByteArray());
    assertEquals(2, batch.rowCount());
    assertEquals(6L, batch.row(1).getLong(0));
  }
}
