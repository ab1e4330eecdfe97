package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Splits an Arrow IPC stream into its encapsulated messages. Each message is either
 * {@code 0xFFFFFFFF, int32 metadata length, metadata, body} or the legacy form without the
 * continuation marker; a metadata length of 0 (or the end of the input) ends the stream.
 *
 * <p>Never copies: metadata and bodies are slices of the input. Not thread-safe (it keeps a read
 * position); the messages it returns are.
 */
final class IpcStreamReader {
  private static final int CONTINUATION = 0xFFFFFFFF;
  /** Oldest metadata version accepted (V4; V5 is current). */
  private static final int MIN_VERSION = 3;

  private final ByteBuffer in;
  private int pos;
  private boolean ended;

  /** Reads from {@code input}'s position to its limit; the input itself is not modified. */
  IpcStreamReader(ByteBuffer input) {
    this.in = input.slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The next message, or null at the end of the stream. */
  IpcMessage next() {
    if (ended) {
      return null;
    }
    int remaining = in.limit() - pos;
    if (remaining == 0) {
      ended = true;
      return null;
    }
    if (remaining < 4) {
      throw truncated("message length");
    }
    int prefix = 4;
    int metaLen = in.getInt(pos);
    if (metaLen == CONTINUATION) {
      if (remaining < 8) {
        throw truncated("message length");
      }
      prefix = 8;
      metaLen = in.getInt(pos + 4);
    }
    if (metaLen == 0) {
      ended = true;
      return null;
    }
    if (metaLen < 0 || metaLen > remaining - prefix) {
      throw new ArrowFormatException(
          "Truncated or corrupt Arrow IPC stream: metadata length " + metaLen + " at offset " + pos
              + " but only " + (remaining - prefix) + " bytes follow");
    }
    int metaStart = pos + prefix;
    ByteBuffer meta = in.slice(metaStart, metaLen).order(ByteOrder.LITTLE_ENDIAN);
    FlatBufferTable message = FlatBufferTable.root(meta);
    int version = message.getShort(0, (short) 0);
    if (version < MIN_VERSION) {
      throw new ArrowFormatException("Unsupported Arrow metadata version V" + (version + 1));
    }
    int headerType = message.getByte(1, (byte) 0) & 0xFF;
    FlatBufferTable header = message.getTable(2);
    if (header == null) {
      throw new ArrowFormatException("Arrow IPC message at offset " + pos + " has no header");
    }
    long bodyLength = message.getLong(3, 0L);
    long bodyStart = (long) metaStart + metaLen;
    if (bodyLength < 0 || bodyLength > in.limit() - bodyStart) {
      throw new ArrowFormatException(
          "Truncated or corrupt Arrow IPC stream: body of " + bodyLength + " bytes at offset "
              + bodyStart + " but only " + (in.limit() - bodyStart) + " bytes follow");
    }
    ByteBuffer body = in.slice((int) bodyStart, (int) bodyLength).order(ByteOrder.LITTLE_ENDIAN);
    pos = (int) (bodyStart + bodyLength);
    return new IpcMessage(headerType, header, body);
  }

  private ArrowFormatException truncated(String what) {
    return new ArrowFormatException(
        "Truncated Arrow IPC stream: " + what + " at offset " + pos + " is incomplete");
  }
}
