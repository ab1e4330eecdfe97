package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.proto.FetchErrorDetailsResponse;
import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.QueryContext;
import io.sparkconnect.sql.QueryContextType;
import io.sparkconnect.sql.SparkConnectException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building exceptions from the details {@code FetchErrorDetails} returns. */
class ErrorDetailsTest {
  private static StatusRuntimeException failure(String errorId) {
    ErrorInfo.Builder info = ErrorInfo.newBuilder().setReason("org.apache.spark.sql.AnalysisException")
        .putMetadata("classes", "[\"org.apache.spark.sql.AnalysisException\"]")
        .putMetadata("errorClass", "SHORT_CLASS").putMetadata("sqlState", "42000");
    if (errorId != null) {
      info.putMetadata("errorId", errorId);
    }
    return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(Code.INTERNAL_VALUE)
        .setMessage("truncated messa").addDetails(Any.pack(info.build())).build());
  }

  private static FetchErrorDetailsResponse details() {
    FetchErrorDetailsResponse.Error root = FetchErrorDetailsResponse.Error.newBuilder()
        .addErrorTypeHierarchy("org.apache.spark.sql.AnalysisException").addErrorTypeHierarchy("java.lang.Exception")
        .setMessage("the full message")
        .setCauseIdx(1)
        .addStackTrace(FetchErrorDetailsResponse.StackTraceElement.newBuilder().setDeclaringClass("org.Server")
            .setMethodName("analyze").setFileName("Server.scala").setLineNumber(42))
        .setSparkThrowable(FetchErrorDetailsResponse.SparkThrowable.newBuilder()
            .setErrorClass("UNRESOLVED_COLUMN.WITH_SUGGESTION").setSqlState("42703")
            .putMessageParameters("objectName", "`x`")
            .addQueryContexts(FetchErrorDetailsResponse.QueryContext.newBuilder().setFragment("x")
                .setStartIndex(7).setStopIndex(7).setSummary("== SQL ==")))
        .build();
    FetchErrorDetailsResponse.Error cause = FetchErrorDetailsResponse.Error.newBuilder()
        .addErrorTypeHierarchy("java.lang.NumberFormatException").setMessage("For input string: \"x\"")
        .addStackTrace(FetchErrorDetailsResponse.StackTraceElement.newBuilder().setDeclaringClass("java.lang.Integer")
            .setMethodName("parseInt").setLineNumber(7))
        .build();
    return FetchErrorDetailsResponse.newBuilder().setRootErrorIdx(0).addErrors(root).addErrors(cause).build();
  }

  @Test
  void fetchesDetailsForTheErrorId() {
    List<String> asked = new ArrayList<>();
    StatusRuntimeException grpc = failure("id-1");
    SparkConnectException e = ErrorConverter.convert(grpc, "h:1", id -> {
      asked.add(id);
      return details();
    });
    assertEquals(List.of("id-1"), asked);
    assertTrue(e instanceof AnalysisException);
    assertEquals("the full message", e.getMessage());
    assertEquals("UNRESOLVED_COLUMN.WITH_SUGGESTION", e.getCondition());
    assertEquals("42703", e.getSqlState());
    assertEquals("`x`", e.getMessageParameters().get("objectName"));
    assertEquals(List.of(new QueryContext(QueryContextType.SQL, "", "", 7, 7, "x", "", "== SQL ==")),
        e.getQueryContext());
    assertEquals(List.of(new StackTraceElement("org.Server", "analyze", "Server.scala", 42)), e.getServerStackTrace());
    assertTrue(e.getStackTrace()[0].getClassName().startsWith("io.sparkconnect"), "the client's stack trace stays");
    assertSame(grpc, e.getSuppressed()[0]);

    SparkConnectException cause = (SparkConnectException) e.getCause();
    assertEquals("java.lang.NumberFormatException", cause.getServerClassName());
    assertEquals("For input string: \"x\"", cause.getMessage());
    assertEquals("java.lang.Integer", cause.getStackTrace()[0].getClassName(), "a server-only cause has the server's stack");
    assertNull(cause.getCause());
  }

  @Test
  void withoutDetailsFallsBackToTheStatus() {
    SparkConnectException none = ErrorConverter.convert(failure("id-2"), "h:1", id -> null);
    assertEquals("SHORT_CLASS", none.getCondition());
    assertTrue(none.getQueryContext().isEmpty());
    SparkConnectException noId = ErrorConverter.convert(failure(null), "h:1", id -> {
      throw new AssertionError("no error id, nothing to fetch");
    });
    assertEquals("SHORT_CLASS", noId.getCondition());
    SparkConnectException cyclic = ErrorConverter.convert(failure("id-3"), "h:1",
        id -> FetchErrorDetailsResponse.newBuilder().setRootErrorIdx(0).addErrors(
            FetchErrorDetailsResponse.Error.newBuilder().setMessage("self").setCauseIdx(0)).build());
    assertEquals("self", cyclic.getMessage());
    assertNull(cyclic.getCause(), "a cycle is cut");
  }

  private static final String ABORT = "Job aborted due to stage failure: Task 1 in stage 2.0 failed 1 times, most recent "
      + "failure: Lost task 1.0 (TID 3) (localhost executor driver): org.apache.spark.SparkException: "
      + "[FAILED_EXECUTE_UDF] Failed to execute user defined function (`UDF (JavaUDF1)`: (bigint) => bigint).";

  @Test
  void aSpark35StackTraceNamesTheRootCause() {
    String trace = "org.apache.spark.SparkException: Job aborted due to stage failure: boom\n\tat a.B.c(B.java:1)\n"
        + "Caused by: org.apache.spark.SparkException: [FAILED_EXECUTE_UDF] Failed to execute user defined function\n"
        + "\tat d.E.f(E.java:2)\nCaused by: java.lang.IllegalStateException: boom at 2\n\tat u.User.call(User.java:3)\n";
    assertEquals("java.lang.IllegalStateException: boom at 2", ErrorConverter.rootCause(trace));
    assertNull(ErrorConverter.rootCause("org.apache.spark.SparkException: x\n\tat a.B.c(B.java:1)"));
    assertNull(ErrorConverter.rootCause(null));
    ErrorInfo info = ErrorInfo.newBuilder().setReason("org.apache.spark.SparkException")
        .putMetadata("classes", "[\"org.apache.spark.SparkException\"]").putMetadata("stackTrace", trace).build();
    SparkConnectException e = ErrorConverter.convert(StatusProto.toStatusRuntimeException(com.google.rpc.Status
        .newBuilder().setCode(Code.INTERNAL_VALUE).setMessage(ABORT)
        .addDetails(Any.pack(info)).build()), "h:1");
    assertEquals(ABORT + "\nCaused by: java.lang.IllegalStateException: boom at 2", e.getMessage());
    assertEquals("FAILED_EXECUTE_UDF", e.getCondition());
  }
}
