package io.sparkconnect.sql;

import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.StatApproxQuantile;
import io.sparkconnect.proto.StatCorr;
import io.sparkconnect.proto.StatCov;
import io.sparkconnect.proto.StatCrosstab;
import io.sparkconnect.proto.StatFreqItems;
import io.sparkconnect.proto.StatSampleBy;
import io.sparkconnect.util.sketch.BloomFilter;
import io.sparkconnect.util.sketch.CountMinSketch;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Statistics over a DataFrame, from {@link DataFrame#stat()}:
 *
 * <pre>{@code
 * double r = df.stat().corr("height", "weight");
 * double[] quartiles = df.stat().approxQuantile("age", new double[] {0.25, 0.5, 0.75}, 0.01);
 * BloomFilter ids = df.stat().bloomFilter("id", 1_000_000, 0.01);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataFrameStatFunctions {
  // The server's default caps on bloom_filter_agg's arguments.
  private static final long MAX_BLOOM_FILTER_ITEMS = 4_000_000L;
  private static final long MAX_BLOOM_FILTER_BITS = 67_108_864L;

  private final DataFrame df;

  DataFrameStatFunctions(DataFrame df) {
    this.df = df;
  }

  private DataFrame derive(Relation.Builder b) {
    return df.sparkSession().newDataFrame(b);
  }

  /**
   * Approximate quantiles of a numeric column at the probabilities (each in [0, 1]), within
   * {@code relativeError} (0: exact, slower).
   */
  public double[] approxQuantile(String col, double[] probabilities, double relativeError) {
    return approxQuantile(new String[] {col}, probabilities, relativeError)[0];
  }

  /** Approximate quantiles of several numeric columns; one array per column. */
  public double[][] approxQuantile(String[] cols, double[] probabilities, double relativeError) {
    if (relativeError < 0) {
      throw new IllegalArgumentException("The relative error must be non-negative, not " + relativeError);
    }
    StatApproxQuantile.Builder q = StatApproxQuantile.newBuilder().setInput(df.relation())
        .addAllCols(Arrays.asList(cols)).setRelativeError(relativeError);
    for (double p : probabilities) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("Probabilities must be in [0, 1], not " + p);
      }
      q.addProbabilities(p);
    }
    List<?> perColumn = derive(Relation.newBuilder().setApproxQuantile(q)).collectAsList().get(0).getList(0);
    double[][] out = new double[perColumn.size()][];
    for (int i = 0; i < out.length; i++) {
      List<?> values = (List<?>) perColumn.get(i);
      out[i] = new double[values.size()];
      for (int j = 0; j < values.size(); j++) {
        out[i][j] = ((Number) values.get(j)).doubleValue();
      }
    }
    return out;
  }

  /** The Pearson correlation coefficient of two numeric columns. */
  public double corr(String col1, String col2) {
    return corr(col1, col2, "pearson");
  }

  /**
   * The correlation coefficient of two numeric columns by {@code method} (only {@code "pearson"}).
   *
   * @throws IllegalArgumentException for another method
   */
  public double corr(String col1, String col2, String method) {
    if (!"pearson".equals(method)) {
      throw new IllegalArgumentException("Only the pearson correlation is supported, not '" + method + "'");
    }
    return derive(Relation.newBuilder().setCorr(StatCorr.newBuilder().setInput(df.relation())
        .setCol1(col1).setCol2(col2).setMethod(method))).collectAsList().get(0).getDouble(0);
  }

  /** The sample covariance of two numeric columns. */
  public double cov(String col1, String col2) {
    return derive(Relation.newBuilder().setCov(StatCov.newBuilder().setInput(df.relation())
        .setCol1(col1).setCol2(col2))).collectAsList().get(0).getDouble(0);
  }

  /**
   * A contingency table: one row per distinct value of {@code col1}, one column per distinct
   * value of {@code col2}, holding the pair counts; the first column is named {@code col1_col2}.
   */
  public DataFrame crosstab(String col1, String col2) {
    return derive(Relation.newBuilder().setCrosstab(StatCrosstab.newBuilder().setInput(df.relation())
        .setCol1(col1).setCol2(col2)));
  }

  /** Values that occur in at least 1% of rows of each named column (approximate, may include false positives). */
  public DataFrame freqItems(String[] cols) {
    return freqItems(Arrays.asList(cols), 0.01);
  }

  /** Values that occur in at least {@code support} (in (0, 1]) of the rows of each named column. */
  public DataFrame freqItems(String[] cols, double support) {
    return freqItems(Arrays.asList(cols), support);
  }

  /** Values that occur in at least {@code support} of the rows of each named column. */
  public DataFrame freqItems(List<String> cols, double support) {
    if (support <= 0 || support > 1) {
      throw new IllegalArgumentException("The support must be in (0, 1], not " + support);
    }
    return derive(Relation.newBuilder().setFreqItems(StatFreqItems.newBuilder().setInput(df.relation())
        .addAllCols(cols).setSupport(support)));
  }

  /** Values that occur in at least 1% of the rows of each named column. */
  public DataFrame freqItems(List<String> cols) {
    return freqItems(cols, 0.01);
  }

  /**
   * A stratified sample: for each value of column {@code col} in {@code fractions}, about that
   * fraction of its rows (strata not in the map are left out).
   */
  public <T> DataFrame sampleBy(String col, Map<T, Double> fractions, long seed) {
    return sampleBy(functions.col(col), fractions, seed);
  }

  /** A stratified sample by the values of a column expression; see {@link #sampleBy(String, Map, long)}. */
  public <T> DataFrame sampleBy(Column col, Map<T, Double> fractions, long seed) {
    StatSampleBy.Builder s = StatSampleBy.newBuilder().setInput(df.relation()).setCol(col.expr).setSeed(seed);
    fractions.forEach((stratum, fraction) -> {
      if (fraction < 0 || fraction > 1) {
        throw new IllegalArgumentException("Fractions must be in [0, 1], not " + fraction + " for " + stratum);
      }
      s.addFractions(StatSampleBy.Fraction.newBuilder().setStratum(Literals.of(stratum)).setFraction(fraction));
    });
    return derive(Relation.newBuilder().setSampleBy(s));
  }

  // ---- sketches

  /**
   * A Count-min sketch of the values of a column, built on the server, with {@code depth} rows of
   * {@code width} counters (relative error {@code 2 / width}, confidence {@code 1 - 2^-depth}).
   * The column must be of an integral, string or binary type.
   *
   * @throws IllegalArgumentException unless depth and width are positive
   */
  public CountMinSketch countMinSketch(String colName, int depth, int width, int seed) {
    return countMinSketch(functions.col(colName), depth, width, seed);
  }

  /**
   * A Count-min sketch of the values of a column, built on the server, with relative error
   * {@code eps} at the given confidence. The column must be of an integral, string or binary type.
   *
   * @throws IllegalArgumentException unless eps is positive and confidence in (0, 1)
   */
  public CountMinSketch countMinSketch(String colName, double eps, double confidence, int seed) {
    return countMinSketch(functions.col(colName), eps, confidence, seed);
  }

  /** {@link #countMinSketch(String, int, int, int)} over a column expression. */
  public CountMinSketch countMinSketch(Column col, int depth, int width, int seed) {
    if (depth <= 0 || width <= 0) {
      throw new IllegalArgumentException("Depth and width must both be positive, not " + depth + " and " + width);
    }
    // The server's aggregate takes eps and confidence, which it turns back into this depth and
    // width (rounding makes depths above 28 one deeper, as with Spark's own client).
    return countMinSketch(col, 2.0 / width, 1 - 1 / Math.pow(2, depth), seed);
  }

  /** {@link #countMinSketch(String, double, double, int)} over a column expression. */
  public CountMinSketch countMinSketch(Column col, double eps, double confidence, int seed) {
    if (!(eps > 0)) {
      throw new IllegalArgumentException("The relative error must be positive, not " + eps);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("The confidence must be in (0, 1), not " + confidence);
    }
    byte[] bytes = aggregateToBytes(functions.count_min_sketch(col, functions.lit(eps), functions.lit(confidence),
        functions.lit(seed)));
    try {
      return CountMinSketch.readFrom(bytes);
    } catch (IOException e) {
      throw new SparkConnectException("The server returned an unreadable Count-min sketch: " + e.getMessage(), e);
    }
  }

  /**
   * A Bloom filter of the values of a column, built on the server, sized for
   * {@code expectedNumItems} items at false positive probability {@code fpp}. The column must be
   * of type bigint, int, smallint, tinyint or string. Nulls are skipped; with no non-null value
   * the filter is empty.
   *
   * @throws IllegalArgumentException unless expectedNumItems is positive and fpp in (0, 1)
   */
  public BloomFilter bloomFilter(String colName, long expectedNumItems, double fpp) {
    return bloomFilter(functions.col(colName), expectedNumItems, fpp);
  }

  /** {@link #bloomFilter(String, long, double)} over a column expression. */
  public BloomFilter bloomFilter(Column col, long expectedNumItems, double fpp) {
    if (!(fpp > 0 && fpp < 1)) {
      throw new IllegalArgumentException("The false positive probability must be in (0, 1), not " + fpp);
    }
    return bloomFilter(col, expectedNumItems, BloomFilter.optimalNumOfBits(expectedNumItems, fpp));
  }

  /**
   * A Bloom filter of the values of a column, built on the server, of {@code numBits} bits. The
   * server caps the size by its settings {@code spark.sql.optimizer.runtime.bloomFilter.maxNumItems}
   * and {@code maxNumBits} (by default 4,000,000 items and 67,108,864 bits); see
   * {@link #bloomFilter(String, long, double)}.
   *
   * @throws IllegalArgumentException unless expectedNumItems and numBits are positive
   */
  public BloomFilter bloomFilter(String colName, long expectedNumItems, long numBits) {
    return bloomFilter(functions.col(colName), expectedNumItems, numBits);
  }

  /** {@link #bloomFilter(String, long, long)} over a column expression. */
  public BloomFilter bloomFilter(Column col, long expectedNumItems, long numBits) {
    if (expectedNumItems <= 0) {
      throw new IllegalArgumentException("The expected number of items must be positive, not " + expectedNumItems);
    }
    if (numBits <= 0) {
      throw new IllegalArgumentException("The number of bits must be positive, not " + numBits);
    }
    // bloom_filter_agg is no SQL function: Spark 4 servers resolve it among their internal
    // functions, while 3.5 servers know it only as a special case of a plain function call and
    // do not know the internal flag.
    Column aggregate = serverAtLeast(4, 0)
        ? Column.fnInternal("bloom_filter_agg", col, expectedNumItems, numBits)
        : Column.fn("bloom_filter_agg", col, expectedNumItems, numBits);
    byte[] bytes = aggregateToBytes(aggregate);
    if (bytes == null) {
      // The aggregate yields null when it saw no non-null value; an empty filter of the format and
      // size the server would have built answers the same.
      return BloomFilter.create(serverAtLeast(4, 1) ? BloomFilter.Version.V2 : BloomFilter.Version.V1,
          Math.min(expectedNumItems, MAX_BLOOM_FILTER_ITEMS), Math.min(numBits, MAX_BLOOM_FILTER_BITS), 0);
    }
    try {
      return BloomFilter.readFrom(bytes);
    } catch (IOException e) {
      throw new SparkConnectException("The server returned an unreadable Bloom filter: " + e.getMessage(), e);
    }
  }

  private boolean serverAtLeast(int major, int minor) {
    String[] v = df.sparkSession().version().split("[.-]");
    int serverMajor = Integer.parseInt(v[0]);
    int serverMinor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
    return serverMajor != major ? serverMajor > major : serverMinor >= minor;
  }

  private byte[] aggregateToBytes(Column aggregate) {
    return (byte[]) df.select(aggregate).collectAsList().get(0).get(0);
  }
}
