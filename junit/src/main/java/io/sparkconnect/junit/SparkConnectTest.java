package io.sparkconnect.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a real Spark Connect server and injects a
 * {@link io.sparkconnect.sql.SparkSession} into the test.
 *
 * <pre>{@code
 * @SparkConnectTest
 * class TotalsTest {
 *   @Test
 *   void sumsPerRegion(SparkSession spark) {
 *     DataFrame sales = spark.sql("SELECT * FROM VALUES ('north', 40), ('north', 2) AS t(region, amount)");
 *     assertDataFrameEquals(List.of(RowFactory.create("north", 42L)),
 *         sales.groupBy("region").agg(sum("amount")));
 *   }
 * }
 * }</pre>
 *
 * <p>The session is injected into test-method and lifecycle-method parameters of type
 * {@code SparkSession}, into constructor parameters of that type, and into every non-final field
 * of that type (static fields before {@code @BeforeAll}, instance fields before
 * {@code @BeforeEach}). The tests must not close it: the extension does.
 *
 * <p><b>Server.</b> One embedded server per test JVM, started (through {@code spark-connect-local})
 * when the first test needs it and shared by every test class, then stopped when the JVM exits; so
 * a suite pays the server's start-up once. Classes that ask for a different master, Spark version
 * or server configuration get a server of their own, shared in the same way. Each attribute below
 * falls back to a system property, then to a default:
 *
 * <table>
 *   <caption>Server settings</caption>
 *   <tr><th>attribute</th><th>system property</th><th>default</th></tr>
 *   <tr><td>{@link #remote()}</td><td>{@code spark.test.remote}</td><td>none: an embedded server</td></tr>
 *   <tr><td>{@link #master()}</td><td>{@code spark.test.master}, or {@code spark.test.workers=N}
 *       for {@code local-cluster[N]}</td><td>{@code local[2]}</td></tr>
 *   <tr><td>{@link #sparkVersion()}</td><td>{@code spark.server.version}</td><td>4.2.0</td></tr>
 *   <tr><td>{@link #conf()}</td><td>{@code spark.test.conf.KEY=VALUE}, added to the attribute's</td><td>none</td></tr>
 * </table>
 *
 * <p>The system property {@code spark.test.remote} wins over every attribute: it points a whole
 * suite at a server started elsewhere (a cluster, a CI service), and then no embedded server
 * starts.
 *
 * <p><b>Parallel execution.</b> Test classes may run in parallel (JUnit's
 * {@code junit.jupiter.execution.parallel.enabled}): the server starts once, whichever class asks
 * first, and each class has its own session. With {@link Isolation#CLASS}, methods of one class
 * running concurrently share that class's session, which is thread-safe.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SparkConnectExtension.class)
public @interface SparkConnectTest {

  /**
   * Whether each test class ({@link Isolation#CLASS}, the default) or each test method
   * ({@link Isolation#METHOD}) gets its own session.
   *
   * @return the session's scope
   */
  Isolation isolation() default Isolation.CLASS;

  /**
   * The embedded server's master: {@code local}, {@code local[N]}, {@code local[*]} or
   * {@code local-cluster[N]} (a standalone cluster of N workers on this machine, each worker and
   * executor a JVM of its own). Empty: the {@code spark.test.master} system property, else
   * {@code local-cluster[N]} when {@code spark.test.workers} is N &gt; 0, else {@code local[2]}.
   *
   * @return the master, or empty for the default
   */
  String master() default "";

  /**
   * The Spark version of the embedded server, e.g. {@code 3.5.7}, {@code 4.0.1} or {@code 4.2.0}.
   * Empty: the {@code spark.server.version} system property, else 4.2.0.
   *
   * @return the version, or empty for the default
   */
  String sparkVersion() default "";

  /**
   * Server configuration entries, each {@code key=value}, e.g.
   * {@code "spark.sql.shuffle.partitions=4"}; system properties {@code spark.test.conf.KEY=VALUE}
   * add to them (the attribute wins for the same key).
   *
   * @return the server configuration
   */
  String[] conf() default {};

  /**
   * A running Spark Connect server to use instead of an embedded one, as a connection string
   * ({@code sc://host:port/;token=...}). The {@code spark.test.remote} system property overrides
   * it.
   *
   * @return the connection string, or empty to use an embedded server
   */
  String remote() default "";
}
