package io.sparkconnect.arrow;

import java.util.Arrays;

/**
 * Frames Arrow IPC messages into one stream: for each message the continuation marker, the
 * metadata length, the flatbuffer metadata padded to 8 bytes, then the body; finally the
 * end-of-stream marker. Not thread-safe.
 */
final class IpcStreamWriter {
  /** Metadata version written: V5. */
  static final int VERSION_V5 = 4;

  private final GrowableBuffer out = new GrowableBuffer(1024);

  /** Writes one message whose body is {@code bodyLength} bytes of {@code body}. */
  void message(int headerType, FlatBufferBuilder.Table header, byte[] body, int bodyLength) {
    FlatBufferBuilder.Table message = new FlatBufferBuilder.Table()
        .addShort(0, VERSION_V5)
        .addByte(1, headerType)
        .addTable(2, header)
        .addLong(3, bodyLength);
    byte[] meta = FlatBufferBuilder.finish(message); // length is a multiple of 8
    out.putInt(0xFFFFFFFF);
    out.putInt(meta.length);
    out.putBytes(meta, 0, meta.length);
    if (bodyLength > 0) {
      out.putBytes(body, 0, bodyLength);
    }
  }

  /** Writes the end-of-stream marker and returns the whole stream. */
  byte[] finish() {
    out.putInt(0xFFFFFFFF);
    out.putInt(0);
    return Arrays.copyOf(out.array(), out.size());
  }
}
