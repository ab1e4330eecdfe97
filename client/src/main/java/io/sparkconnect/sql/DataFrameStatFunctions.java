package io.sparkconnect.sql;

import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.StatApproxQuantile;
import io.sparkconnect.proto.StatCorr;
import io.sparkconnect.proto.StatCov;
import io.sparkconnect.proto.StatCrosstab;
import io.sparkconnect.proto.StatFreqItems;
import io.sparkconnect.proto.StatSampleBy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Statistics over a DataFrame, from {@link DataFrame#stat()}:
 *
 * <pre>{@code
 * double r = df.stat().corr("height", "weight");
 * double[] quartiles = df.stat().approxQuantile("age", new double[] {0.25, 0.5, 0.75}, 0.01);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataFrameStatFunctions {
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
}
