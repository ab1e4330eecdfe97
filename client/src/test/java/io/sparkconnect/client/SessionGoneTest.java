package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.sql.SparkConnectException;
import org.junit.jupiter.api.Test;

/** A server that lost the session is reported as such, in words, keeping the server's condition. */
class SessionGoneTest {
  private static StatusRuntimeException serverError(String condition, String message) {
    ErrorInfo info = ErrorInfo.newBuilder().setReason("org.apache.spark.SparkSQLException")
        .putMetadata("classes", "[\"org.apache.spark.SparkSQLException\"]")
        .putMetadata("errorClass", condition).putMetadata("sqlState", "HY000").build();
    return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(Code.INTERNAL_VALUE)
        .setMessage(message).addDetails(Any.pack(info)).build());
  }

  @Test
  void lostSessionsAreExplainedOnce() {
    // Nothing is sent: converting failures needs no server (the errors carry no error id to fetch).
    try (SparkConnectClient client = SparkConnectClient.connect(ConnectionString.parse("sc://127.0.0.1:9"))) {
      assertFalse(client.isSessionGone());
      String[][] cases = {
          {"INVALID_HANDLE.SESSION_CHANGED", "the server was restarted"},
          {"INVALID_HANDLE.SESSION_NOT_FOUND", "the server does not know it"},
          {"INVALID_HANDLE.SESSION_CLOSED", "it was closed on the server"}};
      for (String[] c : cases) {
        String serverMessage = "[" + c[0] + "] The handle " + client.sessionId() + " is invalid. SQLSTATE: HY000";
        SparkConnectException e = client.convert(serverError(c[0], serverMessage));
        String m = e.getMessage();
        assertTrue(m.startsWith("The Spark Connect session " + client.sessionId() + " no longer exists on the server at"
            + " 127.0.0.1:9: " + c[1]), m);
        assertTrue(m.contains("create a new SparkSession"), m);
        assertTrue(m.endsWith("[server: " + serverMessage + "]"), m);
        assertEquals(c[0], e.getCondition());
        assertEquals("HY000", e.getSqlState());
        assertEquals("org.apache.spark.SparkSQLException", e.getServerClassName());
        assertSame(e, client.convert(e), "converted once");
        assertSame(e, client.explainSessionGone(e), "explained once");
      }
      assertTrue(client.isSessionGone(), "a lost session stays lost");
      SparkConnectException other = client.convert(serverError("INVALID_HANDLE.OPERATION_NOT_FOUND", "[X] gone"));
      assertEquals("[X] gone", other.getMessage());
    }
    try (SparkConnectClient client = SparkConnectClient.connect(ConnectionString.parse("sc://127.0.0.1:9"))) {
      client.convert(serverError("INVALID_HANDLE.OPERATION_NOT_FOUND", "[X] gone"));
      assertFalse(client.isSessionGone(), "another handle error says nothing about the session");
    }
  }
}
