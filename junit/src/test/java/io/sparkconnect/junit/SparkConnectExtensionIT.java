package io.sparkconnect.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.sparkconnect.junit.fixtures.ClassIsolationFixture;
import io.sparkconnect.junit.fixtures.ConstructorWithMethodIsolationFixture;
import io.sparkconnect.junit.fixtures.MethodIsolationFixture;
import io.sparkconnect.junit.fixtures.ParallelFixtures;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture test classes through the JUnit Platform and checks what they saw. */
@SparkConnectTest
class SparkConnectExtensionIT {

  private static EngineExecutionResults run(boolean parallel, Class<?>... classes) {
    var request = EngineTestKit.engine("junit-jupiter");
    for (Class<?> c : classes) {
      request.selectors(selectClass(c));
    }
    if (parallel) {
      request.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
          .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
          .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
          .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
    }
    return request.execute();
  }

  private static String failures(EngineExecutionResults results) {
    StringBuilder sb = new StringBuilder();
    for (Event e : results.allEvents().failed().list()) {
      sb.append(e.getTestDescriptor().getDisplayName()).append(": ")
          .append(e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
              .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
              .map(Throwable::toString).orElse("?"))
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void injectsTheSessionIntoParameters(SparkSession spark) {
    assertEquals(3L, spark.range(3).count());
    assertEquals(List.of(1, 2), spark.sql("SELECT explode(array(1, 2)) AS x").collectAsList().stream().map(r -> r.getInt(0)).toList());
  }

  @Test
  void oneSessionPerClassThroughParametersConstructorAndFields() {
    EngineExecutionResults results = run(false, ClassIsolationFixture.class);
    assertEquals(2, results.testEvents().succeeded().count(), failures(results));
    assertEquals(0, results.allEvents().failed().count(), failures(results));
    assertTrue(ClassIsolationFixture.staticField.isClosed(), "the class session closes after the class");
  }

  @Test
  void oneSessionPerMethodWithMethodIsolation() {
    EngineExecutionResults results = run(false, MethodIsolationFixture.class);
    assertEquals(2, results.testEvents().succeeded().count(), failures(results));
  }

  @Test
  void parallelClassesShareTheServerButNotTheirSessions(SparkSession spark) {
    EngineExecutionResults results = run(true,
        ParallelFixtures.A.class, ParallelFixtures.B.class, ParallelFixtures.C.class, ParallelFixtures.D.class);
    assertEquals(4, results.testEvents().succeeded().count(), failures(results));
    // This class, the fixtures and the other test classes of this JVM: all on one server.
    assertEquals(System.getProperty("spark.test.remote") == null ? 1 : 0, SharedServers.count());
    assertTrue(spark.isUsable(), "this class's own session is untouched");
  }

  @Test
  void aConstructorCannotTakeAPerMethodSession() {
    EngineExecutionResults results = run(false, ConstructorWithMethodIsolationFixture.class);
    String failures = failures(results);
    assertEquals(1, results.testEvents().failed().count(), failures);
    assertTrue(failures.contains("isolation = METHOD") && failures.contains("test-method parameter or a field"), failures);
  }
}
