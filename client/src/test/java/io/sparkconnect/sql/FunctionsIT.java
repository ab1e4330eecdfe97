package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests of {@link functions}: each batch selects many functions through the API and
 * the same expressions as SQL text, in one query each, and compares the values.
 */
class FunctionsIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.sql("SELECT 0.5D AS d, 2.5D AS d2, -3 AS i, 10L AS l, 'Hello World' AS s, ' pad ' AS sp,"
        + " array(3, 1, 2, NULL) AS arr, array(1, 2) AS arr2, array(array(1), array(2, 3)) AS nested,"
        + " map('a', 1, 'b', 2) AS m, DATE'2024-03-15' AS dt, TIMESTAMP'2024-03-15 10:20:30' AS ts,"
        + " TIMESTAMP_NTZ'2024-03-15 10:20:30' AS ntz, named_struct('x', 1, 'y', 'z') AS st,"
        + " '{\"a\":1,\"b\":\"x\"}' AS js, '[1,2,3]' AS ja, X'4142' AS bin, 'a,b;c' AS csvs,"
        + " '<a><b>1</b><b>2</b></a>' AS xml, 'http://h.com/p?q=1' AS url, CAST(NULL AS INT) AS n")
        .createOrReplaceTempView("fx");
    spark.sql("SELECT * FROM VALUES (1, 'a', 10.0D, true, 5), (2, 'a', 20.0D, false, 5), (3, 'b', NULL, true, 7),"
        + " (4, 'b', 40.0D, true, 8) AS t(k, g, v, b, w)").createOrReplaceTempView("nums");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** Pairs of (API column, SQL text) evaluated over {@code view} in one query each side. */
  static void check(String view, Object... pairs) {
    List<Column> api = new ArrayList<>();
    List<String> sql = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      api.add((Column) pairs[i]);
      sql.add((String) pairs[i + 1]);
    }
    Row a = spark.table(view).select(api.toArray(new Column[0])).collectAsList().get(0);
    Row b = spark.sql("SELECT " + String.join(", ", sql) + " FROM " + view).collectAsList().get(0);
    assertEquals(b.size(), a.size());
    for (int i = 0; i < a.size(); i++) {
      int k = i;
      assertTrue(Rows.valueEquals(b.get(i), a.get(i)),
          () -> "differs from SQL " + sql.get(k) + ": api=" + a.get(k) + " sql=" + b.get(k));
    }
  }

  /** One-argument functions called by reflection: {@code javaName[:sqlName]} applied to {@code column}. */
  static void unary(String view, String column, String... names) {
    List<Object> pairs = new ArrayList<>();
    for (String n : names) {
      String java = n.contains(":") ? n.substring(0, n.indexOf(':')) : n;
      String sqlName = n.contains(":") ? n.substring(n.indexOf(':') + 1) : n;
      try {
        Method m = functions.class.getMethod(java, Column.class);
        pairs.add(m.invoke(null, col(column)));
        pairs.add(sqlName + "(" + column + ")");
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(java, e);
      }
    }
    check(view, pairs.toArray());
  }

  @Test
  void unaryMath() {
    unary("fx", "d", "acos", "asin", "atan", "atanh", "asinh", "cbrt", "ceil", "ceiling", "cos", "cosh", "cot", "csc",
        "sec", "exp", "expm1", "floor", "ln", "log", "log10", "log1p", "log2", "rint", "signum", "sign", "sin", "sinh",
        "tan", "tanh", "degrees", "toDegrees:degrees", "radians", "toRadians:radians", "negative", "negate:negative",
        "positive", "sqrt", "abs", "round", "bround", "isnan", "isnotnull", "typeof", "zeroifnull", "nullifzero");
    unary("fx", "d2", "acosh");
    unary("fx", "l", "bin", "hex", "bit_count", "factorial", "bitwise_not:~", "bitwiseNOT:~", "date_from_unix_date",
        "timestamp_seconds", "timestamp_millis", "timestamp_micros", "char_length", "chr");
  }

  @Test
  void unaryStringsCollectionsDates() {
    unary("fx", "s", "ascii", "base64", "bit_length", "octet_length", "char_length", "character_length", "len",
        "length", "lower", "upper", "lcase", "ucase", "initcap", "soundex", "md5", "sha1", "sha", "crc32", "reverse",
        "quote", "url_encode", "url_decode", "try_url_decode", "btrim", "ltrim", "rtrim", "trim", "is_valid_utf8",
        "make_valid_utf8", "validate_utf8", "try_validate_utf8", "collation", "hex");
    unary("fx", "bin", "unbase64", "base64", "hex");
    unary("fx", "arr", "array_distinct", "array_max", "array_min", "array_size", "array_compact", "size",
        "cardinality", "sort_array", "array_sort");
    unary("fx", "nested", "flatten");
    unary("fx", "m", "map_keys", "map_values", "map_entries");
    unary("fx", "dt", "year", "quarter", "month", "monthname", "day", "dayofmonth", "dayofweek", "weekday",
        "dayname", "dayofyear", "weekofyear", "last_day", "unix_date");
    unary("fx", "ts", "hour", "minute", "second", "unix_micros", "unix_millis", "unix_seconds", "to_date");
    unary("fx", "js", "json_object_keys", "parse_json", "try_parse_json");
    unary("fx", "ja", "json_array_length");
  }

  @Test
  void mathAndBitwise() {
    check("fx",
        atan2(col("d"), col("d2")), "atan2(d, d2)", atan2("d", "d2"), "atan2(d, d2)", atan2(col("d"), 2.0), "atan2(d, 2.0D)",
        atan2(1.0, "d"), "atan2(1.0D, d)", hypot(col("d"), col("d2")), "hypot(d, d2)", hypot("d", 4.0), "hypot(d, 4.0D)",
        pow(col("d2"), 2.0), "power(d2, 2.0D)", pow("d2", "d"), "power(d2, d)", power(col("d2"), col("d")), "power(d2, d)",
        round(col("d2"), 0), "round(d2, 0)", bround(col("d2"), 0), "bround(d2, 0)", round(col("d2"), lit(1)), "round(d2, 1)",
        ceil(col("d2"), lit(0)), "ceil(d2, 0)", floor(col("d2"), lit(0)), "floor(d2, 0)", ceiling(col("d2"), lit(1)), "ceiling(d2, 1)",
        conv(lit("ff"), 16, 10), "conv('ff', 16, 10)", log(2.0, col("l")), "log(2.0D, l)", log(10.0, "l"), "log(10.0D, l)",
        pmod(col("i"), lit(5)), "pmod(i, 5)", e(), "e()", pi(), "pi()", greatest(col("d"), col("d2")), "greatest(d, d2)",
        least("d", "d2"), "least(d, d2)", shiftleft(col("l"), 2), "shiftleft(l, 2)", shiftLeft(col("l"), 1), "shiftleft(l, 1)",
        shiftright(col("l"), 1), "shiftright(l, 1)", shiftRight(col("i"), 1), "shiftright(i, 1)",
        shiftrightunsigned(col("i"), 28), "shiftrightunsigned(i, 28)", shiftRightUnsigned(col("l"), 1), "shiftrightunsigned(l, 1)",
        width_bucket(col("d2"), lit(0), lit(10), lit(5)), "width_bucket(d2, 0, 10, 5)", nanvl(col("d"), col("d2")), "nanvl(d, d2)",
        try_add(col("l"), col("i")), "try_add(l, i)", try_subtract(col("l"), col("i")), "try_subtract(l, i)",
        try_multiply(col("l"), col("i")), "try_multiply(l, i)", try_divide(col("l"), lit(0)), "try_divide(l, 0)",
        try_mod(col("l"), col("i")), "try_mod(l, i)", bit_get(col("l"), lit(1)), "bit_get(l, 1)", getbit(col("l"), lit(3)), "getbit(l, 3)",
        random(lit(7)), "random(7)", rand(7), "rand(7)", randn(7), "randn(7)", uniform(lit(1), lit(10), lit(3)), "uniform(1, 10, 3)",
        bitmap_bit_position(col("l")), "bitmap_bit_position(l)", bitmap_bucket_number(col("l")), "bitmap_bucket_number(l)",
        sqrt("d2"), "sqrt(d2)", acos("d"), "acos(d)", exp("d"), "exp(d)", signum("d"), "signum(d)", degrees("d"), "degrees(d)");
  }

  @Test
  void strings() {
    check("fx",
        concat_ws("-", col("s"), col("sp")), "concat_ws('-', s, sp)", decode(encode(col("s"), "UTF-8"), "UTF-8"), "decode(encode(s, 'UTF-8'), 'UTF-8')",
        elt(lit(2), col("s"), col("sp")), "elt(2, s, sp)", find_in_set(lit("b"), lit("a,b")), "find_in_set('b', 'a,b')",
        format_number(col("d2"), 2), "format_number(d2, 2)", format_string("%s=%d", col("s"), col("i")), "format_string('%s=%d', s, i)",
        printf(lit("%s!"), col("s")), "printf('%s!', s)", instr(col("s"), "o"), "instr(s, 'o')", locate("o", col("s")), "locate('o', s)",
        locate("o", col("s"), 6), "locate('o', s, 6)", position(lit("o"), col("s")), "position('o', s)",
        position(lit("o"), col("s"), lit(6)), "position('o', s, 6)", left(col("s"), lit(3)), "left(s, 3)", right(col("s"), lit(3)), "right(s, 3)",
        levenshtein(col("s"), lit("Hallo")), "levenshtein(s, 'Hallo')", levenshtein(col("s"), lit("Hallo"), 0), "levenshtein(s, 'Hallo', 0)",
        like(col("s"), lit("H%")), "s LIKE 'H%'", ilike(col("s"), lit("h%")), "s ILIKE 'h%'", rlike(col("s"), lit("W.r")), "s RLIKE 'W.r'",
        regexp(col("s"), lit("o")), "regexp(s, 'o')", regexp_like(col("s"), lit("^H")), "regexp_like(s, '^H')",
        regexp_count(col("s"), lit("o")), "regexp_count(s, 'o')", regexp_extract(col("s"), "(\\w+) (\\w+)", 2), "regexp_extract(s, '(\\\\w+) (\\\\w+)', 2)",
        regexp_extract_all(col("s"), lit("(o)")), "regexp_extract_all(s, '(o)')", regexp_instr(col("s"), lit("W")), "regexp_instr(s, 'W')",
        regexp_replace(col("s"), "o", "0"), "regexp_replace(s, 'o', '0')", regexp_substr(col("s"), lit("W\\w+")), "regexp_substr(s, 'W\\\\w+')",
        lpad(col("s"), 13, "*"), "lpad(s, 13, '*')", rpad(col("s"), lit(13), lit("*")), "rpad(s, 13, '*')",
        ltrim(col("s"), "H"), "ltrim('H', s)", rtrim(col("s"), "d"), "rtrim('d', s)", trim(col("s"), "Hd"), "trim(BOTH 'Hd' FROM s)",
        btrim(col("s"), lit("Hd")), "btrim(s, 'Hd')", mask(col("s")), "mask(s)", mask(col("s"), lit("U"), lit("l")), "mask(s, 'U', 'l')",
        overlay(col("s"), lit("J"), lit(1)), "overlay(s PLACING 'J' FROM 1)", overlay(col("s"), lit("Jo"), lit(1), lit(1)), "overlay(s PLACING 'Jo' FROM 1 FOR 1)",
        repeat(col("sp"), 2), "repeat(sp, 2)", replace(col("s"), lit("l"), lit("L")), "replace(s, 'l', 'L')", replace(col("s"), lit("l")), "replace(s, 'l')",
        sentences(col("s")), "sentences(s)", split(col("s"), " "), "split(s, ' ')", split(col("s"), "o", 2), "split(s, 'o', 2)",
        split_part(col("s"), lit(" "), lit(2)), "split_part(s, ' ', 2)", substring(col("s"), 2, 3), "substring(s, 2, 3)",
        substr(col("s"), lit(7)), "substr(s, 7)", substring_index(col("s"), "o", 1), "substring_index(s, 'o', 1)",
        translate(col("s"), "lo", "01"), "translate(s, 'lo', '01')", to_char(col("d2"), lit("9.99")), "to_char(d2, '9.99')",
        to_varchar(col("d2"), lit("9.9")), "to_varchar(d2, '9.9')", to_number(lit("12.5"), lit("99.9")), "to_number('12.5', '99.9')",
        try_to_number(lit("x"), lit("99")), "try_to_number('x', '99')", to_binary(lit("4142"), lit("hex")), "to_binary('4142', 'hex')",
        try_to_binary(lit("zz"), lit("hex")), "try_to_binary('zz', 'hex')", contains(col("s"), lit("World")), "contains(s, 'World')",
        startswith(col("s"), lit("He")), "startswith(s, 'He')", endswith(col("s"), lit("ld")), "endswith(s, 'ld')",
        parse_url(col("url"), lit("HOST")), "parse_url(url, 'HOST')", parse_url(col("url"), lit("QUERY"), lit("q")), "parse_url(url, 'QUERY', 'q')",
        try_parse_url(col("url"), lit("PATH")), "try_parse_url(url, 'PATH')", sha2(col("s"), 256), "sha2(s, 256)",
        hash(col("s"), col("i")), "hash(s, i)", xxhash64(col("s")), "xxhash64(s)", collate(col("s"), "UTF8_LCASE"), "collate(s, 'UTF8_LCASE')",
        randstr(lit(5), lit(1)), "randstr(5, 1)", concat(col("s"), col("sp")), "concat(s, sp)",
        aes_decrypt(aes_encrypt(col("s"), lit("abcdefghijklmnop")), lit("abcdefghijklmnop")), "aes_decrypt(aes_encrypt(s, 'abcdefghijklmnop'), 'abcdefghijklmnop')",
        try_aes_decrypt(col("bin"), lit("abcdefghijklmnop")), "try_aes_decrypt(bin, 'abcdefghijklmnop')");
  }

  @Test
  void collectionsAndMaps() {
    check("fx",
        array_contains(col("arr"), 2), "array_contains(arr, 2)", arrays_overlap(col("arr"), col("arr2")), "arrays_overlap(arr, arr2)",
        slice(col("arr"), 2, 2), "slice(arr, 2, 2)", array_join(col("arr"), ","), "array_join(arr, ',')",
        array_join(col("arr"), ",", "?"), "array_join(arr, ',', '?')", array_position(col("arr"), 2), "array_position(arr, 2)",
        element_at(col("arr"), 1), "element_at(arr, 1)", element_at(col("m"), "b"), "element_at(m, 'b')",
        try_element_at(col("arr"), lit(9)), "try_element_at(arr, 9)", get(col("arr"), lit(0)), "get(arr, 0)",
        array_remove(col("arr"), 1), "array_remove(arr, 1)", array_intersect(col("arr"), col("arr2")), "array_intersect(arr, arr2)",
        array_union(col("arr"), col("arr2")), "array_union(arr, arr2)", array_except(col("arr"), col("arr2")), "array_except(arr, arr2)",
        array_insert(col("arr"), lit(1), lit(9)), "array_insert(arr, 1, 9)", array_append(col("arr2"), 3), "array_append(arr2, 3)",
        array_prepend(col("arr2"), 0), "array_prepend(arr2, 0)", array_repeat(col("s"), 2), "array_repeat(s, 2)",
        array_repeat(col("i"), lit(2)), "array_repeat(i, 2)", arrays_zip(col("arr"), col("arr2")), "arrays_zip(arr, arr2)",
        sequence(lit(1), lit(5)), "sequence(1, 5)", sequence(lit(1), lit(9), lit(4)), "sequence(1, 9, 4)",
        sort_array(col("arr"), false), "sort_array(arr, false)", shuffle(col("arr2"), lit(1)), "shuffle(arr2, 1)",
        array(col("i"), col("l")), "array(i, l)", array("i", "l"), "array(i, l)", struct(col("i"), col("s")), "struct(i, s)",
        struct("i", "s"), "struct(i, s)", named_struct(lit("a"), col("i")), "named_struct('a', i)",
        map(lit("k"), col("i")), "map('k', i)", map_from_arrays(col("arr2"), col("arr2")), "map_from_arrays(arr2, arr2)",
        map_from_entries(array(struct(lit("a"), lit(1)))), "map_from_entries(array(struct('a', 1)))",
        map_concat(col("m"), map(lit("c"), lit(3))), "map_concat(m, map('c', 3))", map_contains_key(col("m"), "a"), "map_contains_key(m, 'a')",
        str_to_map(col("csvs")), "str_to_map(csvs)", str_to_map(lit("a=1&b=2"), lit("&"), lit("=")), "str_to_map('a=1&b=2', '&', '=')",
        get_json_object(col("js"), "$.b"), "get_json_object(js, '$.b')", to_json(col("st")), "to_json(st)",
        to_json(col("st"), Map.of("ignoreNullFields", "false")), "to_json(st, map('ignoreNullFields', 'false'))",
        from_json(col("js"), new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType)), "from_json(js, 'a INT, b STRING')",
        from_json(col("js"), "a INT", Map.of()), "from_json(js, 'a INT')", from_json(col("js"), schema_of_json(lit("{\"a\":1}"))), "from_json(js, schema_of_json('{\"a\":1}'))",
        from_json(col("ja"), DataTypes.createArrayType(DataTypes.IntegerType)), "from_json(ja, 'array<int>')",
        schema_of_json("{\"a\":1}"), "schema_of_json('{\"a\":1}')", schema_of_csv("1,abc"), "schema_of_csv('1,abc')",
        to_csv(col("st")), "to_csv(st)", from_csv(lit("1,x"), new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType), Map.of()), "from_csv('1,x', 'a INT, b STRING')",
        from_csv(lit("1;x"), lit("a INT, b STRING"), Map.of("sep", ";")), "from_csv('1;x', 'a INT, b STRING', map('sep', ';'))",
        to_xml(col("st")), "to_xml(st)", from_xml(lit("<p><a>1</a></p>"), new StructType().add("a", DataTypes.IntegerType)), "from_xml('<p><a>1</a></p>', 'a INT')",
        schema_of_xml("<p><a>1</a></p>"), "schema_of_xml('<p><a>1</a></p>')",
        xpath(col("xml"), lit("a/b/text()")), "xpath(xml, 'a/b/text()')", xpath_boolean(col("xml"), lit("a/b")), "xpath_boolean(xml, 'a/b')",
        xpath_double(col("xml"), lit("sum(a/b)")), "xpath_double(xml, 'sum(a/b)')", xpath_number(col("xml"), lit("sum(a/b)")), "xpath_number(xml, 'sum(a/b)')",
        xpath_float(col("xml"), lit("sum(a/b)")), "xpath_float(xml, 'sum(a/b)')", xpath_int(col("xml"), lit("sum(a/b)")), "xpath_int(xml, 'sum(a/b)')",
        xpath_long(col("xml"), lit("sum(a/b)")), "xpath_long(xml, 'sum(a/b)')", xpath_short(col("xml"), lit("sum(a/b)")), "xpath_short(xml, 'sum(a/b)')",
        xpath_string(col("xml"), lit("a/b")), "xpath_string(xml, 'a/b')",
        variant_get(parse_json(col("js")), "$.a", "int"), "variant_get(parse_json(js), '$.a', 'int')",
        try_variant_get(parse_json(col("js")), lit("$.b"), "int"), "try_variant_get(parse_json(js), '$.b', 'int')",
        is_variant_null(parse_json(lit("null"))), "is_variant_null(parse_json('null'))", schema_of_variant(parse_json(col("js"))), "schema_of_variant(parse_json(js))",
        to_variant_object(col("st")).cast("string"), "CAST(to_variant_object(st) AS STRING)");
  }

  @Test
  void higherOrderFunctions() {
    check("fx",
        transform(col("arr2"), x -> x.plus(1)), "transform(arr2, x -> x + 1)",
        transform(col("arr2"), (x, i) -> x.multiply(i)), "transform(arr2, (x, i) -> x * i)",
        filter(col("arr"), x -> x.gt(1)), "filter(arr, x -> x > 1)", filter(col("arr"), (x, i) -> i.gt(0)), "filter(arr, (x, i) -> i > 0)",
        exists(col("arr"), x -> x.equalTo(2)), "exists(arr, x -> x = 2)", forall(col("arr2"), x -> x.gt(0)), "forall(arr2, x -> x > 0)",
        aggregate(col("arr2"), lit(0), (acc, x) -> acc.plus(x)), "aggregate(arr2, 0, (acc, x) -> acc + x)",
        aggregate(col("arr2"), lit(0), (acc, x) -> acc.plus(x), acc -> acc.multiply(10)), "aggregate(arr2, 0, (acc, x) -> acc + x, acc -> acc * 10)",
        reduce(col("arr2"), lit(1), (acc, x) -> acc.multiply(x)), "reduce(arr2, 1, (acc, x) -> acc * x)",
        reduce(col("arr2"), lit(1), (acc, x) -> acc.plus(x), acc -> acc.minus(1)), "reduce(arr2, 1, (acc, x) -> acc + x, acc -> acc - 1)",
        zip_with(col("arr2"), col("arr2"), (a, b) -> a.plus(b)), "zip_with(arr2, arr2, (a, b) -> a + b)",
        array_sort(col("arr2"), (a, b) -> b.minus(a)), "array_sort(arr2, (a, b) -> b - a)",
        map_filter(col("m"), (k, v) -> v.gt(1)), "map_filter(m, (k, v) -> v > 1)",
        transform_keys(col("m"), (k, v) -> upper(k)), "transform_keys(m, (k, v) -> upper(k))",
        transform_values(col("m"), (k, v) -> v.multiply(2)), "transform_values(m, (k, v) -> v * 2)",
        map_zip_with(col("m"), col("m"), (k, a, b) -> a.plus(b)), "map_zip_with(m, m, (k, a, b) -> a + b)",
        // nested lambdas must not capture each other's variables
        transform(col("nested"), xs -> transform(xs, x -> x.plus(size(xs)))), "transform(nested, xs -> transform(xs, x -> x + size(xs)))");
  }

  @Test
  void datesAndTimes() {
    check("fx",
        add_months(col("dt"), 1), "add_months(dt, 1)", add_months(col("dt"), lit(2)), "add_months(dt, 2)",
        date_format(col("ts"), "yyyy/MM"), "date_format(ts, 'yyyy/MM')", date_add(col("dt"), 3), "date_add(dt, 3)",
        dateadd(col("dt"), lit(3)), "dateadd(dt, 3)", date_sub(col("dt"), 3), "date_sub(dt, 3)",
        datediff(col("dt"), lit("2024-01-01")), "datediff(dt, '2024-01-01')", date_diff(col("dt"), lit("2024-01-01")), "date_diff(dt, '2024-01-01')",
        extract(lit("YEAR"), col("dt")), "extract(YEAR FROM dt)", date_part(lit("MONTH"), col("dt")), "date_part('MONTH', dt)",
        datepart(lit("DAY"), col("dt")), "datepart('DAY', dt)", make_date(lit(2024), lit(2), lit(29)), "make_date(2024, 2, 29)",
        months_between(col("dt"), lit("2024-01-01")), "months_between(dt, '2024-01-01')",
        months_between(col("dt"), lit("2024-01-01"), false), "months_between(dt, '2024-01-01', false)",
        next_day(col("dt"), "Mon"), "next_day(dt, 'Mon')", from_unixtime(col("l")), "from_unixtime(l)",
        from_unixtime(col("l"), "yyyy"), "from_unixtime(l, 'yyyy')", unix_timestamp(col("ts").cast("string")), "unix_timestamp(CAST(ts AS STRING))",
        unix_timestamp(lit("2024/01/01"), "yyyy/MM/dd"), "unix_timestamp('2024/01/01', 'yyyy/MM/dd')",
        to_unix_timestamp(lit("2024-01-01 00:00:00")), "to_unix_timestamp('2024-01-01 00:00:00')", to_timestamp(lit("2024-01-02 03:04:05")), "to_timestamp('2024-01-02 03:04:05')",
        to_timestamp(lit("02/01/2024"), "dd/MM/yyyy"), "to_timestamp('02/01/2024', 'dd/MM/yyyy')", try_to_timestamp(lit("x")), "try_to_timestamp('x')",
        to_timestamp_ltz(lit("2024-01-02")), "to_timestamp_ltz('2024-01-02')", to_timestamp_ntz(lit("2024-01-02")), "to_timestamp_ntz('2024-01-02')",
        to_date(lit("02/01/2024"), "dd/MM/yyyy"), "to_date('02/01/2024', 'dd/MM/yyyy')", try_to_date(lit("x")), "try_to_date('x')",
        trunc(col("dt"), "MM"), "trunc(dt, 'MM')", date_trunc("HOUR", col("ts")), "date_trunc('HOUR', ts)",
        from_utc_timestamp(col("ts"), "Asia/Tokyo"), "from_utc_timestamp(ts, 'Asia/Tokyo')", to_utc_timestamp(col("ts"), lit("Asia/Tokyo")), "to_utc_timestamp(ts, 'Asia/Tokyo')",
        convert_timezone(lit("UTC"), lit("Asia/Tokyo"), col("ntz")), "convert_timezone('UTC', 'Asia/Tokyo', ntz)",
        timestamp_add("HOUR", lit(2), col("ts")), "timestampadd(HOUR, 2, ts)", timestamp_diff("DAY", col("ts"), lit("2024-03-20").cast("timestamp")), "timestampdiff(DAY, ts, CAST('2024-03-20' AS TIMESTAMP))",
        make_dt_interval(lit(1), lit(2)), "make_dt_interval(1, 2)", make_ym_interval(lit(1), lit(2)), "make_ym_interval(1, 2)",
        make_interval(lit(1), lit(2)), "make_interval(1, 2)", try_make_interval(lit(1)), "try_make_interval(1)",
        make_timestamp(lit(2024), lit(1), lit(2), lit(3), lit(4), lit(5)), "make_timestamp(2024, 1, 2, 3, 4, 5)",
        try_make_timestamp(lit(2024), lit(13), lit(2), lit(3), lit(4), lit(5)), "try_make_timestamp(2024, 13, 2, 3, 4, 5)",
        make_timestamp_ltz(lit(2024), lit(1), lit(2), lit(3), lit(4), lit(5)), "make_timestamp_ltz(2024, 1, 2, 3, 4, 5)",
        try_make_timestamp_ltz(lit(2024), lit(1), lit(2), lit(3), lit(4), lit(5)), "try_make_timestamp_ltz(2024, 1, 2, 3, 4, 5)",
        make_timestamp_ntz(lit(2024), lit(1), lit(2), lit(3), lit(4), lit(5)), "make_timestamp_ntz(2024, 1, 2, 3, 4, 5)",
        try_make_timestamp_ntz(lit(2024), lit(1), lit(2), lit(3), lit(4), lit(5)), "try_make_timestamp_ntz(2024, 1, 2, 3, 4, 5)",
        col("l"), "l");
    // One time window per query: the server rejects several.
    check("fx", window(col("ts"), "1 hour"), "window(ts, '1 hour')");
    check("fx", window(col("ts"), "1 hour", "30 minutes").getField("start"), "window(ts, '1 hour', '30 minutes').start");
    check("fx", window(col("ts"), "1 hour", "1 hour", "5 minutes"), "window(ts, '1 hour', '1 hour', '5 minutes')");
    check("fx", window_time(window(col("ts"), "1 hour")), "window_time(window(ts, '1 hour'))");
    check("fx", session_window(col("ts"), "5 minutes"), "session_window(ts, '5 minutes')");
    check("fx", session_window(col("ts"), lit("5 minutes")), "session_window(ts, '5 minutes')");
  }

  @Test
  void nullsMiscAndNondeterministic() {
    check("fx",
        coalesce(col("n"), col("i")), "coalesce(n, i)", equal_null(col("n"), lit(null)), "equal_null(n, NULL)",
        ifnull(col("n"), lit(1)), "ifnull(n, 1)", nvl(col("n"), lit(2)), "nvl(n, 2)", nvl2(col("n"), lit(1), lit(2)), "nvl2(n, 1, 2)",
        nullif(col("i"), lit(-3)), "nullif(i, -3)", assert_true(col("i").lt(0)), "assert_true(i < 0)",
        current_catalog(), "current_catalog()", current_database(), "current_database()", current_schema(), "current_schema()",
        current_user(), "current_user()", user(), "user()", session_user(), "session_user()", current_timezone(), "current_timezone()",
        input_file_name(), "input_file_name()", input_file_block_start(), "input_file_block_start()",
        input_file_block_length(), "input_file_block_length()", version(), "version()", spark_partition_id(), "spark_partition_id()",
        reflect(lit("java.lang.Math"), lit("abs"), col("i")), "reflect('java.lang.Math', 'abs', i)",
        java_method(lit("java.lang.Math"), lit("abs"), col("i")), "java_method('java.lang.Math', 'abs', i)",
        try_reflect(lit("java.lang.Integer"), lit("valueOf"), lit("x")), "try_reflect('java.lang.Integer', 'valueOf', 'x')",
        when(col("i").lt(0), "neg").otherwise("pos"), "CASE WHEN i < 0 THEN 'neg' ELSE 'pos' END",
        call_function("upper", col("s")), "upper(s)", call_udf("lower", col("s")), "lower(s)", typedLit(3), "3", typedlit("x"), "'x'",
        monotonically_increasing_id(), "monotonically_increasing_id()", monotonicallyIncreasingId(), "monotonically_increasing_id()",
        uuid(lit(1)).isNotNull(), "true", current_path().isNotNull(), "true",
        hll_sketch_estimate(hll_union(lit(null).cast("binary"), lit(null).cast("binary"))), "hll_sketch_estimate(hll_union(CAST(NULL AS BINARY), CAST(NULL AS BINARY)))",
        col("st").withField("x", lit(5)), "named_struct('x', 5, 'y', st.y)", col("st").dropFields("x"), "named_struct('y', st.y)",
        sum(col("i")).over(), "sum(i) OVER ()", col("arr2").transform(c -> size(c)), "size(arr2)", col("i").outer(), "i");
    Row r = spark.range(1).select(current_date(), curdate(), current_timestamp(), now(), localtimestamp(),
        unix_timestamp(), rand(), randn(), random(), uuid(), shuffle(array(lit(1))),
        uniform(lit(1), lit(2)), randstr(lit(3))).collectAsList().get(0);
    for (int i = 0; i < r.size(); i++) {
      assertTrue(r.get(i) != null, "non-deterministic function " + i + " gave null");
    }
    assertNotEquals(spark.range(1).select(uuid()).first().get(0), spark.range(1).select(uuid()).first().get(0));
    org.junit.jupiter.api.Assertions.assertThrows(SparkConnectException.class,
        () -> spark.range(1).select(raise_error(lit("boom"))).collect());
  }

  @Test
  void aggregates() {
    check("nums",
        approx_count_distinct(col("g")), "approx_count_distinct(g)", approx_count_distinct("g", 0.1), "approx_count_distinct(g, 0.1)",
        approxCountDistinct("k"), "approx_count_distinct(k)", collect_list(col("k")), "collect_list(k)", sort_array(collect_set("g")), "sort_array(collect_set(g))",
        array_agg(col("k")), "array_agg(k)", corr("k", "v"), "corr(k, v)", covar_pop(col("k"), col("v")), "covar_pop(k, v)",
        covar_samp("k", "v"), "covar_samp(k, v)", first_value(col("k")), "first_value(k)", last_value(col("v"), lit(true)), "last_value(v, true)",
        any_value(col("k")), "any_value(k)", kurtosis("v"), "kurtosis(v)", skewness(col("v")), "skewness(v)", stddev("v"), "stddev(v)",
        std(col("v")), "std(v)", stddev_samp(col("v")), "stddev_samp(v)", stddev_pop("v"), "stddev_pop(v)", variance("v"), "variance(v)",
        var_samp(col("v")), "var_samp(v)", var_pop("v"), "var_pop(v)", product(col("k")), "24.0D", median(col("v")), "median(v)",
        mode(col("w")), "mode(w)", mode(col("w"), true), "mode(w, true)", max_by(col("k"), col("v")), "max_by(k, v)", min_by(col("k"), col("v")), "min_by(k, v)",
        percentile(col("v"), lit(0.5)), "percentile(v, 0.5)", percentile(col("v"), lit(0.5), col("w")), "percentile(v, 0.5, w)",
        percentile_approx(col("v"), lit(0.5), lit(100)), "percentile_approx(v, 0.5, 100)", approx_percentile(col("v"), lit(0.5), lit(100)), "approx_percentile(v, 0.5, 100)",
        count_if(col("b")), "count_if(b)", bool_and(col("b")), "bool_and(b)", every(col("b")), "every(b)", bool_or(col("b")), "bool_or(b)",
        some(col("b")), "some(b)", any(col("b")), "any(b)", bit_and(col("w")), "bit_and(w)", bit_or(col("w")), "bit_or(w)", bit_xor(col("w")), "bit_xor(w)",
        histogram_numeric(col("k"), lit(2)), "histogram_numeric(k, 2)", regr_avgx(col("v"), col("k")), "regr_avgx(v, k)",
        regr_avgy(col("v"), col("k")), "regr_avgy(v, k)", regr_count(col("v"), col("k")), "regr_count(v, k)",
        regr_intercept(col("v"), col("k")), "regr_intercept(v, k)", regr_r2(col("v"), col("k")), "regr_r2(v, k)",
        regr_slope(col("v"), col("k")), "regr_slope(v, k)", regr_sxx(col("v"), col("k")), "regr_sxx(v, k)", regr_sxy(col("v"), col("k")), "regr_sxy(v, k)",
        regr_syy(col("v"), col("k")), "regr_syy(v, k)", try_avg(col("v")), "try_avg(v)", try_sum(col("k")), "try_sum(k)",
        listagg(col("g")), "listagg(g)", listagg(col("g"), lit("|")), "listagg(g, '|')", listagg_distinct(col("g")), "listagg(DISTINCT g)",
        string_agg(col("g"), lit(",")), "string_agg(g, ',')", string_agg_distinct(col("g"), lit(",")), "string_agg(DISTINCT g, ',')",
        countDistinct("g"), "count(DISTINCT g)", count_distinct(col("g"), col("w")), "count(DISTINCT g, w)", sum_distinct(col("w")), "sum(DISTINCT w)",
        sumDistinct("w"), "sum(DISTINCT w)", first("k"), "first(k)", last(col("v"), true), "last(v, true)", first(col("v"), true), "first(v, true)",
        count_min_sketch(col("k"), lit(0.5), lit(0.5), lit(1)), "count_min_sketch(k, 0.5D, 0.5D, 1)",
        bitmap_count(bitmap_construct_agg(bitmap_bit_position(col("k")))), "bitmap_count(bitmap_construct_agg(bitmap_bit_position(k)))",
        hll_sketch_estimate(hll_sketch_agg(col("k"))), "hll_sketch_estimate(hll_sketch_agg(k))", hll_sketch_estimate(hll_sketch_agg("k", 12)), "hll_sketch_estimate(hll_sketch_agg(k, 12))",
        theta_sketch_estimate(theta_sketch_agg(col("k"))), "theta_sketch_estimate(theta_sketch_agg(k))",
        kll_sketch_get_n_bigint(kll_sketch_agg_bigint(col("k"))), "kll_sketch_get_n_bigint(kll_sketch_agg_bigint(k))",
        kll_sketch_get_n_double(kll_sketch_agg_double(col("v"))), "kll_sketch_get_n_double(kll_sketch_agg_double(v))",
        kll_sketch_get_n_float(kll_sketch_agg_float(col("v").cast("float"))), "kll_sketch_get_n_float(kll_sketch_agg_float(CAST(v AS FLOAT)))",
        tuple_sketch_estimate_double(tuple_sketch_agg_double(col("k"), col("v"))), "tuple_sketch_estimate_double(tuple_sketch_agg_double(k, v))",
        tuple_sketch_estimate_integer(tuple_sketch_agg_integer(col("k"), col("w"))), "tuple_sketch_estimate_integer(tuple_sketch_agg_integer(k, w))",
        schema_of_variant_agg(parse_json(to_json(struct(col("g"))))), "schema_of_variant_agg(parse_json(to_json(struct(g))))");
  }
}
