package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionStringTest {

  @Test
  void defaults() {
    ConnectionString c = ConnectionString.parse("sc://myhost");
    assertEquals("myhost", c.host());
    assertEquals(15002, c.port());
    assertNull(c.token());
    assertFalse(c.useSsl());
    assertNull(c.userId());
    assertNull(c.sessionId());
    assertEquals("_SPARK_CONNECT_JAVA", c.userAgent());
    assertEquals(128 * 1024 * 1024, c.maxMessageSize());
    assertTrue(c.headers().isEmpty());
  }

  @Test
  void allKnownKeys() {
    ConnectionString c = ConnectionString.parse("sc://h.example:443/;token=abc%2Fdef;use_ssl=true;user_id=alice;"
        + "user_agent=my_app;session_id=1f0d7c6e-3a5b-4c2d-9e8f-0a1b2c3d4e5f;grpc_max_message_size=1024;x-cluster-id=c1");
    assertEquals("h.example", c.host());
    assertEquals(443, c.port());
    assertEquals("abc/def", c.token());
    assertTrue(c.useSsl());
    assertEquals("alice", c.userId());
    assertEquals("my_app", c.userAgent());
    assertEquals("1f0d7c6e-3a5b-4c2d-9e8f-0a1b2c3d4e5f", c.sessionId());
    assertEquals(1024, c.maxMessageSize());
    assertEquals(Map.of("x-cluster-id", "c1"), c.headers());
  }

  @Test
  void tokenImpliesTlsExceptLocally() {
    assertTrue(ConnectionString.parse("sc://remote.host/;token=t").useSsl());
    assertFalse(ConnectionString.parse("sc://localhost/;token=t").useSsl());
    assertFalse(ConnectionString.parse("sc://127.0.0.1:1234/;token=t").useSsl());
    assertFalse(ConnectionString.parse("sc://[::1]:1234/;token=t").useSsl());
    assertTrue(ConnectionString.parse("sc://localhost/;token=t;use_ssl=true").useSsl());
  }

  @Test
  void tokenWithoutTlsToRemoteHostIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConnectionString.parse("sc://remote.host/;token=SECRET123;use_ssl=false"));
    assertTrue(e.getMessage().contains("TLS"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET123"), e.getMessage());
  }

  @Test
  void ipv6() {
    ConnectionString c = ConnectionString.parse("sc://[2001:db8::1]:9000");
    assertEquals("2001:db8::1", c.host());
    assertEquals(9000, c.port());
    assertEquals("[2001:db8::1]:9000", c.endpoint());
  }

  @Test
  void badInputNamesTheProblemAndTheForm() {
    for (String bad : List.of("", "localhost:15002", "http://host", "sc://", "sc://host:0", "sc://host:99999",
        "sc://host:abc", "sc://host/path", "sc://host/;novalue", "sc://host/;use_ssl=maybe",
        "sc://host/;session_id=not-a-uuid", "sc://host/;grpc_max_message_size=-1", "sc://user@host",
        "sc://host/;a=1;a=2", "sc://host/;bad key=1", "sc://host/;token=")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse(bad), bad);
      assertTrue(e.getMessage().contains("sc://host[:port]"), e.getMessage());
    }
  }

  @Test
  void keysAreCaseSensitive() {
    ConnectionString c = ConnectionString.parse("sc://host/;Token=abc");
    assertNull(c.token());
    assertEquals(Map.of("Token", "abc"), c.headers());
  }

  @Test
  void toStringHidesTheToken() {
    ConnectionString c = ConnectionString.parse("sc://localhost:1/;token=SECRET123;user_id=u");
    assertFalse(c.toString().contains("SECRET123"), c.toString());
    assertTrue(c.toString().contains("token=***"), c.toString());
  }

  @Test
  void userAgentIsBounded() {
    String longAgent = "a".repeat(2049);
    assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse("sc://h/;user_agent=" + longAgent));
    String clientType = SparkConnectClient.clientType("app");
    assertTrue(clientType.startsWith("app spark-connect-java/"), clientType);
    assertTrue(clientType.contains(" java/"), clientType);
  }
}
