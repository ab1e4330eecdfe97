package io.sparkconnect.arrow;

/**
 * The kinds of Arrow logical types, numbered as in the {@code Type} union of Arrow's schema
 * definition. Immutable and thread-safe.
 */
enum ArrowTypeKind {
  NONE(0, "None"),
  NULL(1, "Null"),
  INT(2, "Int"),
  FLOATING_POINT(3, "FloatingPoint"),
  BINARY(4, "Binary"),
  UTF8(5, "Utf8"),
  BOOL(6, "Bool"),
  DECIMAL(7, "Decimal"),
  DATE(8, "Date"),
  TIME(9, "Time"),
  TIMESTAMP(10, "Timestamp"),
  INTERVAL(11, "Interval"),
  LIST(12, "List"),
  STRUCT(13, "Struct"),
  UNION(14, "Union"),
  FIXED_SIZE_BINARY(15, "FixedSizeBinary"),
  FIXED_SIZE_LIST(16, "FixedSizeList"),
  MAP(17, "Map"),
  DURATION(18, "Duration"),
  LARGE_BINARY(19, "LargeBinary"),
  LARGE_UTF8(20, "LargeUtf8"),
  LARGE_LIST(21, "LargeList"),
  RUN_END_ENCODED(22, "RunEndEncoded"),
  BINARY_VIEW(23, "BinaryView"),
  UTF8_VIEW(24, "Utf8View"),
  LIST_VIEW(25, "ListView"),
  LARGE_LIST_VIEW(26, "LargeListView");

  private static final ArrowTypeKind[] BY_CODE = values();

  final int code;
  final String specName;

  ArrowTypeKind(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  static ArrowTypeKind of(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new ArrowFormatException("Unknown Arrow type code " + code);
    }
    return BY_CODE[code];
  }
}
