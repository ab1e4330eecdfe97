package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.Project;
import io.sparkconnect.proto.Range;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.SQL;
import io.sparkconnect.proto.SqlCommand;
import io.sparkconnect.proto.Transpose;
import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.ParseException;
import io.sparkconnect.sql.SparkConnectException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Requests using protocol elements an older server lacks fail before they are sent. */
class ProtocolCompatTest {
  private static final Relation RANGE = Relation.newBuilder().setRange(Range.newBuilder().setEnd(3)).build();

  private static ExecutePlanRequest request(Relation root) {
    return ExecutePlanRequest.newBuilder().setSessionId("s").setPlan(Plan.newBuilder().setRoot(root)).build();
  }

  private static Supplier<String> version(String v, AtomicInteger asked) {
    return () -> {
      asked.incrementAndGet();
      return v;
    };
  }

  @Test
  void plainRequestsNeverAskTheVersion() {
    AtomicInteger asked = new AtomicInteger();
    ExecutePlanRequest r = request(RANGE).toBuilder().setClientObservedServerSideSessionId("x").build();
    ProtocolCompat.check(r, version("3.5.7", asked));
    // The SQL command is sent in both forms; 3.5 reads the flat one.
    Command sql = Command.newBuilder().setSqlCommand(SqlCommand.newBuilder().setSql("SELECT 1")
        .setInput(Relation.newBuilder().setSql(SQL.newBuilder().setQuery("SELECT 1")))).build();
    ProtocolCompat.check(ExecutePlanRequest.newBuilder().setPlan(Plan.newBuilder().setCommand(sql)).build(),
        version("3.5.7", asked));
    assertEquals(0, asked.get());
  }

  @Test
  void newRelationOnOldServerNamesFieldAndVersions() {
    ExecutePlanRequest r = request(Relation.newBuilder().setTranspose(Transpose.newBuilder().setInput(RANGE)).build());
    AtomicInteger asked = new AtomicInteger();
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> ProtocolCompat.check(r, version("3.5.7", asked)));
    assertEquals("This operation needs Spark 4.0 or later: its request uses Relation.transpose,"
        + " which the server (Spark 3.5.7) does not know", e.getMessage());
    assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
    assertEquals("Relation.transpose", e.getMessageParameters().get("feature"));
    ProtocolCompat.check(r, version("4.0.1", asked));
    ProtocolCompat.check(r, version("4.2.0", asked));
    assertEquals(3, asked.get());
  }

  @Test
  void nestedFieldNewerThan40() {
    Expression time = Expression.newBuilder().setLiteral(Expression.Literal.newBuilder()
        .setTime(Expression.Literal.Time.newBuilder().setNano(1))).build();
    ExecutePlanRequest r = request(Relation.newBuilder().setProject(
        Project.newBuilder().setInput(RANGE).addExpressions(time)).build());
    AtomicInteger asked = new AtomicInteger();
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> ProtocolCompat.check(r, version("4.0.1", asked)));
    assertTrue(e.getMessage().startsWith("This operation needs a Spark release newer than 4.0: its request uses"
        + " Expression.Literal.time"), e.getMessage());
    // 4.1 is not tracked: never refuse a server that may know the field.
    ProtocolCompat.check(r, version("4.1.0", asked));
  }

  @Test
  void requireNamesFeatureAndVersions() {
    ProtocolCompat.require("CloneSession", "4.0", "4.0.1");
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> ProtocolCompat.require("DataFrame.transpose", "4.0", "3.5.7"));
    assertEquals("DataFrame.transpose needs Spark 4.0 or later; the server runs Spark 3.5.7", e.getMessage());
  }

  @Test
  void unimplementedRpcNamesTheVersionThatHasIt() {
    Throwable t = Status.UNIMPLEMENTED
        .withDescription("Method not found: spark.connect.SparkConnectService/ReleaseSession").asRuntimeException();
    SparkConnectException e = ErrorConverter.convert(t, "127.0.0.1:1");
    assertEquals("The Spark Connect server at 127.0.0.1:1 does not implement ReleaseSession,"
        + " which needs Spark 4.0 or later", e.getMessage());
    assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
  }

  @Test
  void conditionFromTheMessageWhenMetadataHasNone() {
    // What Spark 3.5 sends: the classes, no errorClass or sqlState.
    ErrorInfo info = ErrorInfo.newBuilder().setReason("org.apache.spark.sql.catalyst.parser.ParseException")
        .putMetadata("classes", "[\"org.apache.spark.sql.catalyst.parser.ParseException\","
            + "\"org.apache.spark.sql.AnalysisException\"]").build();
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder().setCode(Status.Code.INTERNAL.value())
        .setMessage("\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.(line 1, pos 0)")
        .addDetails(Any.pack(info)).build();
    SparkConnectException e = ErrorConverter.convert(StatusProto.toStatusRuntimeException(status), "h:1");
    assertTrue(e instanceof ParseException);
    assertTrue(e instanceof AnalysisException);
    assertEquals("PARSE_SYNTAX_ERROR", e.getCondition());
    assertEquals("42601", e.getSqlState(), "the catalogue's SQLSTATE for the condition");
    com.google.rpc.Status plain = status.toBuilder().setMessage("Something [NOT_A_PREFIX] happened").build();
    assertNull(ErrorConverter.convert(StatusProto.toStatusRuntimeException(plain), "h:1").getCondition());
  }
}
