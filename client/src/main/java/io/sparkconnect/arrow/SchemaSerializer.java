package io.sparkconnect.arrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes {@link ArrowField}s as flatbuffer tables of Arrow's schema definition (the inverse of
 * {@link SchemaParser}). Stateless and thread-safe.
 */
final class SchemaSerializer {
  private SchemaSerializer() {}

  static FlatBufferBuilder.Table schema(List<ArrowField> fields) {
    return new FlatBufferBuilder.Table().addShort(0, 0).addTables(1, fieldTables(fields));
  }

  private static List<FlatBufferBuilder.Table> fieldTables(List<ArrowField> fields) {
    List<FlatBufferBuilder.Table> out = new ArrayList<>(fields.size());
    for (ArrowField f : fields) {
      out.add(field(f));
    }
    return out;
  }

  private static FlatBufferBuilder.Table field(ArrowField f) {
    FlatBufferBuilder.Table t = new FlatBufferBuilder.Table()
        .addString(0, f.name)
        .addBool(1, f.nullable)
        .addByte(2, f.kind.code)
        .addTable(3, type(f))
        .addTables(5, fieldTables(f.children));
    if (!f.metadata.isEmpty()) {
      List<FlatBufferBuilder.Table> kvs = new ArrayList<>();
      for (Map.Entry<String, String> e : f.metadata.entrySet()) {
        kvs.add(new FlatBufferBuilder.Table().addString(0, e.getKey()).addString(1, e.getValue()));
      }
      t.addTables(6, kvs);
    }
    return t;
  }

  private static FlatBufferBuilder.Table type(ArrowField f) {
    FlatBufferBuilder.Table t = new FlatBufferBuilder.Table();
    switch (f.kind) {
      case INT:
        return t.addInt(0, f.bitWidth).addBool(1, f.signed);
      case FLOATING_POINT:
        return t.addShort(0, f.precision);
      case DECIMAL:
        return t.addInt(0, f.precision).addInt(1, f.scale).addInt(2, f.bitWidth);
      case DATE:
      case INTERVAL:
      case DURATION:
        return t.addShort(0, f.unit);
      case TIME:
        return t.addShort(0, f.unit).addInt(1, f.bitWidth);
      case TIMESTAMP:
        return t.addShort(0, f.unit).addString(1, f.timezone);
      case FIXED_SIZE_BINARY:
      case FIXED_SIZE_LIST:
        return t.addInt(0, f.byteWidth);
      case MAP:
        return t.addBool(0, false);
      default:
        return t;
    }
  }
}
