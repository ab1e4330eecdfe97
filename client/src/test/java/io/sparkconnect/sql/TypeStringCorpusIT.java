package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.CalendarIntervalType;
import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DateType;
import io.sparkconnect.sql.types.DayTimeIntervalType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimeType;
import io.sparkconnect.sql.types.TimestampNTZType;
import io.sparkconnect.sql.types.TimestampType;
import io.sparkconnect.sql.types.VarcharType;
import io.sparkconnect.sql.types.VariantType;
import io.sparkconnect.sql.types.VariantVal;
import io.sparkconnect.sql.types.YearMonthIntervalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark's own SQL test statements (the corpus in {@code shared/sql-corpus} next to the project,
 * or the directory the {@code sql.corpus} system property names) against the real server: for
 * every query that runs, each result column's type string on the client ({@code catalogString}
 * of the schema) must equal the server's own {@code typeof} of that column, and each value the
 * client decodes must be the Java class its type maps to. Statements that fail are skipped;
 * commands run (for the tables and views later statements use) but are not compared. Skipped
 * when the corpus is not there.
 */
class TypeStringCorpusIT {
  private static final Pattern STATEMENT_MARK = Pattern.compile("^-- #\\d+\\s*$");
  private static final Pattern QUERY_START = Pattern.compile(
      "^(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/|\\()*(select|with|values|from|table)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /**
   * Every how many-th query is compared ({@code -Dsql.corpus.every=1} compares all of them, about
   * ten minutes here); queries that name a type the client once got wrong (variant, collations)
   * are always compared. Commands always run, as later statements need their tables and views.
   */
  private static final int EVERY = Integer.getInteger("sql.corpus.every", 4);
  private static final Pattern ALWAYS = Pattern.compile("variant|parse_json|collat", Pattern.CASE_INSENSITIVE);
  /** Rows read per query to check the decoded values' classes. */
  private static final int SAMPLE_ROWS = 10;

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  static Path corpus() {
    String configured = System.getProperty("sql.corpus");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("sql-corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The statements of one corpus file: each follows a {@code -- #N} line. */
  static List<String> statements(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (STATEMENT_MARK.matcher(line).matches()) {
        if (current != null && !current.toString().isBlank()) {
          out.add(current.toString().strip());
        }
        current = new StringBuilder();
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null && !current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  @Test
  void typeStringsEqualTheServersTypeof() throws IOException {
    Path dir = corpus();
    assumeTrue(dir != null, "no SQL corpus (shared/sql-corpus) next to the project; -Dsql.corpus=DIR names one");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
    }
    int statements = 0;
    int queries = 0;
    int failed = 0;
    int commands = 0;
    int compared = 0;
    int columns = 0;
    Map<String, Integer> typesSeen = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    long start = System.nanoTime();
    for (Path file : files) {
      // A session per file: the files set configurations and temporary views of their own.
      try (SparkSession session = spark.newSession()) {
        for (String sql : statements(file)) {
          statements++;
          boolean query = QUERY_START.matcher(sql).find();
          if (query && queries++ % EVERY != 0 && !ALWAYS.matcher(sql).find()) {
            continue;
          }
          DataFrame df;
          StructType schema;
          List<Row> rows;
          try {
            df = session.sql(sql);
            if (!query) {
              commands++;
              continue;
            }
            schema = df.schema();
            if (schema.size() == 0) {
              continue;
            }
            int n = schema.size();
            String[] names = new String[n];
            Column[] selected = new Column[2 * n];
            for (int i = 0; i < n; i++) {
              names[i] = "c" + i;
              selected[i] = functions.col("c" + i);
              selected[n + i] = functions.typeof(functions.col("c" + i));
            }
            // One execution gives both: the first rows with, after them, each column's typeof. An
            // outer join to one row keeps a row (of nulls) for typeof when the query has none, and
            // changes no column's type.
            rows = session.range(1).join(df.toDF(names).limit(SAMPLE_ROWS), lit(true), "left_outer")
                .select(selected).collectAsList();
          } catch (SparkConnectException e) {
            failed++;
            continue;
          }
          compared++;
          String where = file.getFileName() + ": " + sql.replace('\n', ' ');
          int n = schema.size();
          for (int i = 0; i < n; i++) {
            columns++;
            DataType type = schema.fields()[i].dataType();
            String client = type.catalogString();
            String server = rows.get(0).getString(n + i);
            typesSeen.merge(server, 1, Integer::sum);
            if (!client.equals(server)) {
              mismatches.add(where + " -- column " + i + ": client " + client + ", server " + server);
            }
            for (Row r : rows) {
              String bad = valueMismatch(type, r.get(i));
              if (bad != null) {
                mismatches.add(where + " -- column " + i + " (" + client + "): " + bad);
                break;
              }
            }
          }
        }
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.printf(Locale.ROOT, "TypeStringCorpusIT: %d files, %d statements (every %d. query sent): %d queries"
        + " compared (%d columns), %d commands run, %d failed and skipped; %d mismatches; %d s%n", files.size(),
        statements, EVERY, compared,
        columns, commands, failed, mismatches.size(), seconds);
    typesSeen.entrySet().stream().filter(e -> e.getKey().contains("collate") || e.getKey().contains("variant"))
        .forEach(e -> System.out.println("TypeStringCorpusIT: " + e.getValue() + " x " + e.getKey()));
    mismatches.stream().limit(50).forEach(m -> System.out.println("TypeStringCorpusIT mismatch: " + m));
    assertTrue(compared > 2000 / EVERY, "only " + compared + " queries compared");
    assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " mismatches, the first: " + mismatches.get(0));
    assertTrue(typesSeen.keySet().stream().anyMatch(t -> t.equals("variant")), "no variant column compared");
    assertTrue(typesSeen.keySet().stream().anyMatch(t -> t.contains("collate UTF8_BINARY")),
        "no explicit UTF8_BINARY column compared");
  }

  /** Why {@code v} is not a value of {@code type} as the client maps it, or {@code null} when it is. */
  static String valueMismatch(DataType type, Object v) {
    if (v == null) {
      return null;
    }
    Class<?> want = javaClass(type);
    if (want == null || want.isInstance(v)) {
      if (type instanceof ArrayType) {
        for (Object e : (List<?>) v) {
          String bad = valueMismatch(((ArrayType) type).elementType(), e);
          if (bad != null) {
            return "element: " + bad;
          }
        }
      } else if (type instanceof MapType) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          String bad = valueMismatch(((MapType) type).keyType(), e.getKey());
          bad = bad != null ? bad : valueMismatch(((MapType) type).valueType(), e.getValue());
          if (bad != null) {
            return "entry: " + bad;
          }
        }
      } else if (type instanceof StructType) {
        StructField[] fields = ((StructType) type).fields();
        for (int i = 0; i < fields.length; i++) {
          String bad = valueMismatch(fields[i].dataType(), ((Row) v).get(i));
          if (bad != null) {
            return "field " + fields[i].name() + ": " + bad;
          }
        }
      }
      return null;
    }
    return "a " + v.getClass().getName() + " where " + want.getName() + " was expected";
  }

  /** The Java class of a value of {@code type}; {@code null} for types this check leaves alone. */
  static Class<?> javaClass(DataType t) {
    if (t instanceof BooleanType) {
      return Boolean.class;
    } else if (t instanceof ByteType) {
      return Byte.class;
    } else if (t instanceof ShortType) {
      return Short.class;
    } else if (t instanceof IntegerType) {
      return Integer.class;
    } else if (t instanceof LongType) {
      return Long.class;
    } else if (t instanceof FloatType) {
      return Float.class;
    } else if (t instanceof DoubleType) {
      return Double.class;
    } else if (t instanceof DecimalType) {
      return BigDecimal.class;
    } else if (t instanceof StringType || t instanceof CharType || t instanceof VarcharType) {
      return String.class;
    } else if (t instanceof BinaryType) {
      return byte[].class;
    } else if (t instanceof DateType) {
      return LocalDate.class;
    } else if (t instanceof TimestampType) {
      return Instant.class;
    } else if (t instanceof TimestampNTZType) {
      return LocalDateTime.class;
    } else if (t instanceof TimeType) {
      return LocalTime.class;
    } else if (t instanceof DayTimeIntervalType) {
      return Duration.class;
    } else if (t instanceof YearMonthIntervalType) {
      return Period.class;
    } else if (t instanceof CalendarIntervalType) {
      return CalendarInterval.class;
    } else if (t instanceof ArrayType) {
      return List.class;
    } else if (t instanceof MapType) {
      return Map.class;
    } else if (t instanceof StructType) {
      return Row.class;
    } else if (t instanceof VariantType) {
      return VariantVal.class;
    }
    return null;
  }
}
