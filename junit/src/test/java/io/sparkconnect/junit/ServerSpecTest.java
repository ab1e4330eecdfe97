package io.sparkconnect.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerSpecTest {
  @SparkConnectTest
  static class Defaults {}

  @SparkConnectTest(master = "local-cluster[2]", sparkVersion = "3.5.7", conf = {"spark.sql.shuffle.partitions = 3", "a=b=c"})
  static class Custom {}

  @SparkConnectTest(remote = "sc://attribute:15002")
  static class Remote {}

  @SparkConnectTest(conf = "no-equals-sign")
  static class BadConf {}

  private static SparkConnectTest of(Class<?> c) {
    return c.getAnnotation(SparkConnectTest.class);
  }

  private static Properties props(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Test
  void defaultsAreLocalTwoCoresOnTheDefaultVersion() {
    ServerSpec s = ServerSpec.of(of(Defaults.class), props());
    assertNull(s.remote());
    assertEquals("4.2.0", s.sparkVersion());
    assertEquals("local[2]", s.master());
    assertEquals(0, s.clusterWorkers());
    assertTrue(s.conf().isEmpty());
  }

  @Test
  void systemPropertiesFillWhatTheAnnotationLeavesOpen() {
    ServerSpec s = ServerSpec.of(of(Defaults.class),
        props("spark.server.version", "4.0.1", "spark.test.workers", "2", "spark.test.conf.spark.x", "1"));
    assertEquals("4.0.1", s.sparkVersion());
    assertEquals("local-cluster[2]", s.master());
    assertEquals(2, s.clusterWorkers());
    assertEquals(Map.of("spark.x", "1"), s.conf());
    assertEquals("local[4]", ServerSpec.of(of(Defaults.class), props("spark.test.master", "local[4]")).master());
  }

  @Test
  void attributesWinOverSystemPropertiesExceptRemote() {
    ServerSpec s = ServerSpec.of(of(Custom.class),
        props("spark.server.version", "4.0.1", "spark.test.master", "local[4]", "spark.test.conf.spark.sql.shuffle.partitions", "9"));
    assertEquals("3.5.7", s.sparkVersion());
    assertEquals(2, s.clusterWorkers());
    assertEquals(Map.of("spark.sql.shuffle.partitions", "3", "a", "b=c"), s.conf());

    assertEquals("sc://attribute:15002", ServerSpec.of(of(Remote.class), props()).remote());
    ServerSpec overridden = ServerSpec.of(of(Custom.class), props("spark.test.remote", "sc://ci:15002/;token=secret"));
    assertEquals("sc://ci:15002/;token=secret", overridden.remote());
    assertFalse(overridden.toString().contains("secret"), overridden.toString());
  }

  @Test
  void equalSettingsShareAServer() {
    assertEquals(ServerSpec.of(of(Defaults.class), props()), ServerSpec.of(of(Defaults.class), props()));
  }

  @Test
  void badSettingsFailClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerSpec.of(of(BadConf.class), props()));
    assertTrue(e.getMessage().contains("'no-equals-sign' is not of the form key=value"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ServerSpec.of(of(Defaults.class), props("spark.test.workers", "two")));
    assertTrue(e.getMessage().contains("spark.test.workers"), e.getMessage());
  }
}
