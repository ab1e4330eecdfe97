package io.sparkconnect.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Truncated and corrupted streams must fail with ArrowFormatException or decode correctly. */
class ArrowCorruptionTest {

  private static byte[] sample() {
    StructType schema = new StructType()
        .add("id", DataTypes.LongType)
        .add("s", DataTypes.StringType)
        .add("d", new DecimalType(12, 3))
        .add("day", DataTypes.DateType)
        .add("ts", DataTypes.TimestampType)
        .add("arr", new ArrayType(DataTypes.IntegerType, true))
        .add("m", new MapType(DataTypes.StringType, DataTypes.DoubleType, true))
        .add("st", new StructType().add("a", DataTypes.BooleanType).add("b", DataTypes.BinaryType));
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(new Object[] {
          (long) i, i % 5 == 0 ? null : "str" + i, BigDecimal.valueOf(i * 1001L, 3),
          LocalDate.ofEpochDay(i), Instant.ofEpochSecond(i * 1000L),
          i % 3 == 0 ? null : Arrays.asList(i, null, -i), Map.of("k" + i, (double) i),
          new Object[] {i % 2 == 0, new byte[] {(byte) i}}});
    }
    return ArrowWriter.write(schema, rows.iterator(), 16);
  }

  /** Decodes and reads every value; returns normally or throws ArrowFormatException. */
  private static void decodeAll(byte[] bytes) {
    ArrowBatch b = ArrowBatch.decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    for (int r = 0; r < b.rowCount(); r++) {
      Row row = b.row(r);
      for (int c = 0; c < b.columnCount(); c++) {
        Object v = row.get(c);
        if (v instanceof Row) {
          Row nested = (Row) v;
          for (int k = 0; k < nested.size(); k++) {
            nested.get(k);
          }
        }
        row.isNullAt(c);
      }
    }
  }

  private static void expectCleanOutcome(byte[] bytes, String what) {
    try {
      decodeAll(bytes);
    } catch (ArrowFormatException expected) {
      // fine
    } catch (Throwable t) {
      fail(what + ": unexpected " + t, t);
    }
  }

  @Test
  void everyTruncationFailsCleanly() {
    byte[] full = sample();
    decodeAll(full);
    int eos = full.length - 8;
    for (int n = 0; n < full.length; n++) {
      byte[] cut = Arrays.copyOf(full, n);
      if (n == eos) {
        decodeAll(cut); // a stream without end-of-stream marker is complete
        continue;
      }
      if (n == 0) {
        assertThrows(ArrowFormatException.class, () -> decodeAll(cut));
        continue;
      }
      expectCleanOutcome(cut, "truncated at " + n);
    }
  }

  @Test
  void randomByteFlipsFailCleanly() {
    byte[] full = sample();
    for (int seed = 0; seed < 600; seed++) {
      Random rnd = new Random(seed);
      byte[] bad = full.clone();
      int flips = 1 + rnd.nextInt(4);
      for (int k = 0; k < flips; k++) {
        int at = rnd.nextInt(bad.length);
        bad[at] = rnd.nextInt(3) == 0 ? (byte) 0xFF : (byte) (bad[at] ^ (1 << rnd.nextInt(8)));
      }
      expectCleanOutcome(bad, "seed " + seed);
    }
  }

  @Test
  void randomMetadataCorruptionFailsCleanly() {
    byte[] full = sample();
    // Concentrate on the first message (the schema flatbuffer).
    int schemaEnd = 8 + ByteBuffer.wrap(full).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4);
    for (int seed = 0; seed < 600; seed++) {
      Random rnd = new Random(1000 + seed);
      byte[] bad = full.clone();
      bad[8 + rnd.nextInt(schemaEnd - 8)] = (byte) rnd.nextInt(256);
      expectCleanOutcome(bad, "seed " + seed);
    }
  }

  @Test
  void garbageInputFailsCleanly() {
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      byte[] junk = new byte[rnd.nextInt(200)];
      rnd.nextBytes(junk);
      if (junk.length >= 8 && rnd.nextBoolean()) {
        junk[0] = junk[1] = junk[2] = junk[3] = (byte) 0xFF;
        junk[4] = (byte) rnd.nextInt(120);
        junk[5] = junk[6] = junk[7] = 0;
      }
      expectCleanOutcome(junk, "seed " + seed);
    }
  }

  @Test
  void dictionaryAndCompressionAreRejectedWithClearMessages() {
    // A RecordBatch with a compression table: codec ZSTD.
    FlatBufferBuilder.Table batch = new FlatBufferBuilder.Table()
        .addLong(0, 0)
        .addStructs(1, new byte[16], 1)
        .addStructs(2, new byte[32], 2)
        .addTable(3, new FlatBufferBuilder.Table().addByte(0, 1));
    IpcStreamWriter w = new IpcStreamWriter();
    w.message(IpcMessage.SCHEMA, SchemaSerializer.schema(List.of(
        new ArrowField("x", true, ArrowTypeKind.INT, 64, true, 0, 0, 0, null, 0, List.of(),
            Map.of()))), null, 0);
    w.message(IpcMessage.RECORD_BATCH, batch, null, 0);
    ArrowFormatException e = assertThrows(ArrowFormatException.class, () -> ArrowBatch.decode(w.finish()));
    assertTrue(e.getMessage().contains("ZSTD"), e.getMessage());

    IpcStreamWriter d = new IpcStreamWriter();
    d.message(IpcMessage.SCHEMA, SchemaSerializer.schema(List.of()), null, 0);
    d.message(IpcMessage.DICTIONARY_BATCH, new FlatBufferBuilder.Table().addLong(0, 1), null, 0);
    e = assertThrows(ArrowFormatException.class, () -> ArrowBatch.decode(d.finish()));
    assertTrue(e.getMessage().contains("Dictionary"), e.getMessage());
  }

  @Test
  void unsupportedTypeNamesFieldAndType() {
    IpcStreamWriter w = new IpcStreamWriter();
    w.message(IpcMessage.SCHEMA, SchemaSerializer.schema(List.of(
        new ArrowField("u", true, ArrowTypeKind.INT, 32, false, 0, 0, 0, null, 0, List.of(),
            Map.of()))), null, 0);
    ArrowFormatException e = assertThrows(ArrowFormatException.class, () -> ArrowBatch.decode(w.finish()));
    assertTrue(e.getMessage().contains("'u'") && e.getMessage().contains("Int(32, unsigned)"),
        e.getMessage());
  }

  @Test
  void endOfStreamOnlyIsAnError() {
    byte[] eos = {-1, -1, -1, -1, 0, 0, 0, 0};
    assertThrows(ArrowFormatException.class, () -> ArrowBatch.decode(eos));
    assertEquals(0, new IpcStreamReader(ByteBuffer.wrap(eos)).next() == null ? 0 : 1);
  }
}
