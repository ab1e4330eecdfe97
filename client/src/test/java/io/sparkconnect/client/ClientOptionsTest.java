package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkconnect.sql.RetryPolicy;
import io.sparkconnect.sql.SparkSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  @Test
  void withersCopy() {
    ClientOptions d = ClientOptions.defaults();
    ClientOptions t = d.withOperationTimeout(Duration.ofSeconds(2));
    assertNull(d.operationTimeout(), "the defaults stay unchanged");
    assertEquals(Duration.ofSeconds(2), t.operationTimeout());
    assertSame(d.retryPolicy(), t.retryPolicy());
    assertNull(t.withOperationTimeout(null).operationTimeout());
    RetryPolicy none = RetryPolicy.none();
    assertSame(none, t.withRetryPolicy(none).retryPolicy());
  }

  @Test
  void timeoutMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.defaults().withOperationTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.defaults().withOperationTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> SparkSession.builder().operationTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> SparkSession.builder().operationTimeout(Duration.ofSeconds(-5)));
  }

  @Test
  void timeoutsReadAsPeopleWriteThem() {
    assertEquals("250 ms", ResponseStream.describe(Duration.ofMillis(250)));
    assertEquals("2 s", ResponseStream.describe(Duration.ofSeconds(2)));
    assertEquals("1.5 s", ResponseStream.describe(Duration.ofMillis(1500)));
    assertEquals("90 s", ResponseStream.describe(Duration.ofSeconds(90)));
    assertEquals("5 min", ResponseStream.describe(Duration.ofMinutes(5)));
    assertEquals("150 s", ResponseStream.describe(Duration.ofSeconds(150)));
    assertEquals("20 µs", ResponseStream.describe(Duration.ofNanos(20_000)));
  }
}
