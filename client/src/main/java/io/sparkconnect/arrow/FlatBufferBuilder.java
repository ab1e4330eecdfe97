package io.sparkconnect.arrow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a little-endian flatbuffer from a small tree of {@link Table}s described in memory.
 *
 * <p>Layout is front-to-back: the root table comes first and every referenced object (table,
 * string, vector) is written after the object referring to it, so all unsigned offsets point
 * forward as the format requires; each table's vtable is written just before it. Scalars are
 * aligned to their size and vectors of structs to 8 bytes. Meant for Arrow's small metadata
 * messages, not for large data.
 *
 * <p>Not thread-safe; build one flatbuffer per instance of {@link Table} tree.
 */
final class FlatBufferBuilder {
  private byte[] out = new byte[256];
  private int size;

  private FlatBufferBuilder() {}

  /** One table to be written: scalar fields and references by field id. */
  static final class Table {
    private final List<Entry> entries = new ArrayList<>();

    Table addByte(int id, int value) {
      return scalar(id, 1, value);
    }

    Table addBool(int id, boolean value) {
      return scalar(id, 1, value ? 1 : 0);
    }

    Table addShort(int id, int value) {
      return scalar(id, 2, value);
    }

    Table addInt(int id, int value) {
      return scalar(id, 4, value);
    }

    Table addLong(int id, long value) {
      return scalar(id, 8, value);
    }

    /** Adds a string field; a null value leaves the field absent. */
    Table addString(int id, String value) {
      if (value != null) {
        entries.add(new Entry(id, 4, 0, value.getBytes(StandardCharsets.UTF_8)));
      }
      return this;
    }

    Table addTable(int id, Table table) {
      entries.add(new Entry(id, 4, 0, table));
      return this;
    }

    Table addTables(int id, List<Table> tables) {
      entries.add(new Entry(id, 4, 0, new TableVector(tables)));
      return this;
    }

    /** Adds a vector of {@code count} structs given as raw little-endian bytes. */
    Table addStructs(int id, byte[] raw, int count) {
      entries.add(new Entry(id, 4, 0, new StructVector(raw, count)));
      return this;
    }

    private Table scalar(int id, int width, long value) {
      entries.add(new Entry(id, width, value, null));
      return this;
    }
  }

  private static final class Entry {
    final int id;
    final int width;
    final long value;
    /** Null for scalars; else byte[] (string), Table, TableVector or StructVector. */
    final Object ref;

    Entry(int id, int width, long value, Object ref) {
      this.id = id;
      this.width = width;
      this.value = value;
      this.ref = ref;
    }
  }

  private static final class TableVector {
    final List<Table> tables;

    TableVector(List<Table> tables) {
      this.tables = tables;
    }
  }

  private static final class StructVector {
    final byte[] raw;
    final int count;

    StructVector(byte[] raw, int count) {
      this.raw = raw;
      this.count = count;
    }
  }

  private static final class Pending {
    final int refPos;
    final Object target;

    Pending(int refPos, Object target) {
      this.refPos = refPos;
      this.target = target;
    }
  }

  /** Serializes the tree rooted at {@code root}; the result's length is a multiple of 8. */
  static byte[] finish(Table root) {
    FlatBufferBuilder b = new FlatBufferBuilder();
    ArrayDeque<Pending> queue = new ArrayDeque<>();
    b.size = 4; // root offset
    queue.add(new Pending(0, root));
    while (!queue.isEmpty()) {
      Pending p = queue.poll();
      int at = b.write(p.target, queue);
      b.putInt(p.refPos, at - p.refPos);
    }
    b.align(8);
    return Arrays.copyOf(b.out, b.size);
  }

  private int write(Object target, ArrayDeque<Pending> queue) {
    if (target instanceof Table) {
      return writeTable((Table) target, queue);
    }
    if (target instanceof byte[]) {
      byte[] s = (byte[]) target;
      align(4);
      int at = size;
      ensure(4 + s.length + 1);
      putInt(at, s.length);
      System.arraycopy(s, 0, out, at + 4, s.length);
      out[at + 4 + s.length] = 0;
      size += 4 + s.length + 1;
      return at;
    }
    if (target instanceof TableVector) {
      List<Table> tables = ((TableVector) target).tables;
      align(4);
      int at = size;
      ensure(4 + 4 * tables.size());
      putInt(at, tables.size());
      size += 4 + 4 * tables.size();
      for (int i = 0; i < tables.size(); i++) {
        queue.add(new Pending(at + 4 + 4 * i, tables.get(i)));
      }
      return at;
    }
    StructVector v = (StructVector) target;
    while (size % 8 != 4) {
      pad(1);
    }
    int at = size;
    ensure(4 + v.raw.length);
    putInt(at, v.count);
    System.arraycopy(v.raw, 0, out, at + 4, v.raw.length);
    size += 4 + v.raw.length;
    return at;
  }

  private int writeTable(Table t, ArrayDeque<Pending> queue) {
    List<Entry> entries = new ArrayList<>(t.entries);
    entries.sort((a, c) -> Integer.compare(c.width, a.width)); // widest first: less padding
    int maxId = -1;
    for (Entry e : entries) {
      maxId = Math.max(maxId, e.id);
    }
    int vtSize = 4 + 2 * (maxId + 1);
    // Lay the table out relative to an 8-aligned start + 4, so fields after the soffset align.
    int[] fieldOffsets = new int[entries.size()];
    int rel = 4;
    int base = 4; // table start is 4 mod 8
    for (int i = 0; i < entries.size(); i++) {
      int w = entries.get(i).width;
      while ((base + rel) % w != 0) {
        rel++;
      }
      fieldOffsets[i] = rel;
      rel += w;
    }
    int tableSize = rel;
    // vtable (2-aligned) then table at a position that is 4 mod 8.
    align(2);
    int vtStart = size;
    int tableStart = vtStart + vtSize;
    while (tableStart % 8 != 4) {
      tableStart++;
    }
    vtStart = tableStart - vtSize; // shift vtable right so it ends at the table (still even)
    pad(tableStart - size);
    ensure(tableSize);
    putShort(vtStart, vtSize);
    putShort(vtStart + 2, tableSize);
    for (int i = 0; i < entries.size(); i++) {
      putShort(vtStart + 4 + 2 * entries.get(i).id, fieldOffsets[i]);
    }
    putInt(tableStart, tableStart - vtStart);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int pos = tableStart + fieldOffsets[i];
      if (e.ref != null) {
        queue.add(new Pending(pos, e.ref));
      } else {
        for (int k = 0; k < e.width; k++) {
          out[pos + k] = (byte) (e.value >>> (8 * k));
        }
      }
    }
    size = tableStart + tableSize;
    return tableStart;
  }

  private void align(int n) {
    while (size % n != 0) {
      pad(1);
    }
  }

  private void pad(int n) {
    ensure(n);
    Arrays.fill(out, size, size + n, (byte) 0);
    size += n;
  }

  private void ensure(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }

  private void putShort(int at, int v) {
    out[at] = (byte) v;
    out[at + 1] = (byte) (v >>> 8);
  }

  private void putInt(int at, int v) {
    out[at] = (byte) v;
    out[at + 1] = (byte) (v >>> 8);
    out[at + 2] = (byte) (v >>> 16);
    out[at + 3] = (byte) (v >>> 24);
  }
}
