package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.StructType;
import java.nio.ByteBuffer;

/**
 * Reads only the schema of an Arrow IPC stream, without touching its record batches. Stateless and
 * thread-safe.
 */
public final class ArrowSchemas {
  private ArrowSchemas() {}

  /**
   * The Spark schema of the IPC stream in {@code ipcStream} (position to limit; not modified).
   *
   * @throws ArrowFormatException if the stream does not start with a valid Schema message or uses
   *     an unsupported type
   */
  public static StructType schemaOf(ByteBuffer ipcStream) {
    try {
      IpcMessage first = new IpcStreamReader(ipcStream).next();
      if (first == null || first.headerType != IpcMessage.SCHEMA) {
        throw new ArrowFormatException("Arrow IPC stream does not start with a Schema message");
      }
      return ArrowTypeMapping.toSpark(SchemaParser.parse(first.header));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new ArrowFormatException("Corrupt Arrow IPC stream: " + e, e);
    }
  }
}
