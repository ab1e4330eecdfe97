package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/**
 * One encapsulated Arrow IPC message: its header (a Schema, RecordBatch or DictionaryBatch
 * flatbuffer table) and its body, a little-endian slice of the input. Immutable, thread-safe.
 */
final class IpcMessage {
  static final int SCHEMA = 1;
  static final int DICTIONARY_BATCH = 2;
  static final int RECORD_BATCH = 3;
  static final int TENSOR = 4;
  static final int SPARSE_TENSOR = 5;

  final int headerType;
  final FlatBufferTable header;
  final ByteBuffer body;

  IpcMessage(int headerType, FlatBufferTable header, ByteBuffer body) {
    this.headerType = headerType;
    this.header = header;
    this.body = body;
  }

  static String headerName(int type) {
    switch (type) {
      case SCHEMA:
        return "Schema";
      case DICTIONARY_BATCH:
        return "DictionaryBatch";
      case RECORD_BATCH:
        return "RecordBatch";
      case TENSOR:
        return "Tensor";
      case SPARSE_TENSOR:
        return "SparseTensor";
      default:
        return "header type " + type;
    }
  }
}
