package io.sparkconnect.sql;

import java.time.Duration;
import java.util.Objects;

/**
 * How a session retries requests that failed for a transient reason (the server unreachable for
 * a moment, a broken stream, a server asking to come back later). Immutable.
 *
 * <p>The wait before retry {@code n} (counting from 0) is {@code initialBackoff * multiplier^n},
 * at most {@code maxBackoff}; once that wait reaches {@code minJitterThreshold}, up to
 * {@code jitter} is added at random so that many clients do not retry in step. A server that says
 * how long to wait is obeyed, up to {@code maxServerRetryDelay}. The defaults are Spark's own
 * clients': 15 retries, 50 ms, x4, 60 s, 500 ms jitter from 2 s on, server delays up to 10 min.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder()
 *     .remote("sc://host")
 *     .retryPolicy(RetryPolicy.builder().maxRetries(5).maxBackoff(Duration.ofSeconds(10)).build())
 *     .create();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final double backoffMultiplier;
  private final Duration maxBackoff;
  private final Duration jitter;
  private final Duration minJitterThreshold;
  private final Duration maxServerRetryDelay;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.backoffMultiplier = b.backoffMultiplier;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.minJitterThreshold = b.minJitterThreshold;
    this.maxServerRetryDelay = b.maxServerRetryDelay;
  }

  /** Spark's default policy. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries: every failure surfaces at once. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.backoffMultiplier = backoffMultiplier;
    b.maxBackoff = maxBackoff;
    b.jitter = jitter;
    b.minJitterThreshold = minJitterThreshold;
    b.maxServerRetryDelay = maxServerRetryDelay;
    return b;
  }

  /** How many times a failed request is retried (so at most {@code maxRetries + 1} attempts). */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The factor by which the wait grows from one retry to the next. */
  public double backoffMultiplier() {
    return backoffMultiplier;
  }

  /** The longest computed wait between two attempts (before jitter). */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The most random extra wait added once the wait reaches {@link #minJitterThreshold()}. */
  public Duration jitter() {
    return jitter;
  }

  /** The wait from which jitter is added. */
  public Duration minJitterThreshold() {
    return minJitterThreshold;
  }

  /** The longest wait honoured when the server says how long to wait. */
  public Duration maxServerRetryDelay() {
    return maxServerRetryDelay;
  }

  /**
   * The computed wait before retry {@code retry} (0 for the first retry), without jitter or any
   * delay the server asked for.
   *
   * @throws IllegalArgumentException if {@code retry} is negative
   */
  public Duration backoff(int retry) {
    if (retry < 0) {
      throw new IllegalArgumentException("retry must be >= 0, not " + retry);
    }
    double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, retry);
    long capped = (long) Math.min(millis, (double) maxBackoff.toMillis());
    return Duration.ofMillis(capped);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy p = (RetryPolicy) o;
    return maxRetries == p.maxRetries && Double.compare(backoffMultiplier, p.backoffMultiplier) == 0
        && initialBackoff.equals(p.initialBackoff) && maxBackoff.equals(p.maxBackoff) && jitter.equals(p.jitter)
        && minJitterThreshold.equals(p.minJitterThreshold) && maxServerRetryDelay.equals(p.maxServerRetryDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, backoffMultiplier, maxBackoff, jitter, minJitterThreshold,
        maxServerRetryDelay);
  }

  @Override
  public String toString() {
    return "RetryPolicy(maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff.toMillis() + "ms, multiplier="
        + backoffMultiplier + ", maxBackoff=" + maxBackoff.toMillis() + "ms, jitter=" + jitter.toMillis()
        + "ms, minJitterThreshold=" + minJitterThreshold.toMillis() + "ms, maxServerRetryDelay="
        + maxServerRetryDelay.toMillis() + "ms)";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxRetries = 15;
    private Duration initialBackoff = Duration.ofMillis(50);
    private double backoffMultiplier = 4.0;
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration jitter = Duration.ofMillis(500);
    private Duration minJitterThreshold = Duration.ofSeconds(2);
    private Duration maxServerRetryDelay = Duration.ofMinutes(10);

    private Builder() {}

    /** How many retries at most; 0 disables retrying. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, not " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The wait before the first retry; not negative. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The growth factor of the wait; at least 1. */
    public Builder backoffMultiplier(double backoffMultiplier) {
      if (!(backoffMultiplier >= 1.0) || Double.isInfinite(backoffMultiplier)) {
        throw new IllegalArgumentException("backoffMultiplier must be a finite number >= 1, not " + backoffMultiplier);
      }
      this.backoffMultiplier = backoffMultiplier;
      return this;
    }

    /** The longest computed wait; not negative. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** The most random extra wait; not negative ({@link Duration#ZERO} disables jitter). */
    public Builder jitter(Duration jitter) {
      this.jitter = nonNegative(jitter, "jitter");
      return this;
    }

    /** The wait from which jitter is added; not negative. */
    public Builder minJitterThreshold(Duration minJitterThreshold) {
      this.minJitterThreshold = nonNegative(minJitterThreshold, "minJitterThreshold");
      return this;
    }

    /** The longest server-requested wait that is honoured; not negative. */
    public Builder maxServerRetryDelay(Duration maxServerRetryDelay) {
      this.maxServerRetryDelay = nonNegative(maxServerRetryDelay, "maxServerRetryDelay");
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, not " + d);
      }
      return d;
    }
  }
}
