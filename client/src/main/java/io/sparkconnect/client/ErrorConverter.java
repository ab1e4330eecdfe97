package io.sparkconnect.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.proto.FetchErrorDetailsResponse;
import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.QueryContext;
import io.sparkconnect.sql.QueryContextType;
import io.sparkconnect.sql.ParseException;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a gRPC failure into this client's exception hierarchy, reading the error class, SQLSTATE
 * and message parameters from the {@code google.rpc.ErrorInfo} the server attaches, and (when the
 * server kept the error under an id) the cause chain, query context and server stack trace that
 * {@code FetchErrorDetails} returns. Stateless.
 */
public final class ErrorConverter {
  private static final String PARSE_EXCEPTION = "org.apache.spark.sql.catalyst.parser.ParseException";
  private static final String ANALYSIS_EXCEPTION = "org.apache.spark.sql.AnalysisException";
  /** Spark starts the messages of its error conditions with the condition in brackets. */
  private static final Pattern CONDITION_PREFIX = Pattern.compile("^\\s*\\[([A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*)]");
  /**
   * Spark 3.5 reports an error thrown in a task as a job abort whose message quotes the task's
   * exception ({@code ...: org.apache.spark.SparkArithmeticException: [DIVIDE_BY_ZERO] ...}); the
   * task's condition is the error's condition, as Spark 4 reports it.
   */
  private static final Pattern TASK_CONDITION = Pattern.compile(
      "^Job aborted due to stage failure: .*?[A-Za-z0-9_$]Exception: \\[([A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*)]", Pattern.DOTALL);
  /** The RPCs that Spark 3.5 lacks, with the releases that have them (4.1 is not tracked). */
  private static final Map<String, String> RPC_SINCE = Map.of(
      "ReleaseSession", "Spark 4.0 or later",
      "FetchErrorDetails", "Spark 4.0 or later",
      "CloneSession", "a Spark release newer than 4.0",
      "GetStatus", "a Spark release newer than 4.0");
  private static final Pattern METHOD = Pattern.compile("spark\\.connect\\.SparkConnectService/(\\w+)");

  private ErrorConverter() {}

  /**
   * Converts a failure of a call to {@code endpoint}.
   *
   * @param endpoint {@code host:port}, named in connection errors
   */
  public static SparkConnectException convert(Throwable t, String endpoint) {
    if (t instanceof SparkConnectException) {
      return (SparkConnectException) t;
    }
    Status status = Status.fromThrowable(t);
    ErrorInfo info = errorInfo(t);
    if (info == null) {
      return transportError(status, t, endpoint);
    }
    Map<String, String> md = info.getMetadataMap();
    List<String> classes = stringList(md.get("classes"));
    if (classes.isEmpty() && !info.getReason().isEmpty()) {
      classes = List.of(info.getReason());
    }
    String condition = emptyToNull(md.get("errorClass"));
    if (condition == null && status.getDescription() != null) {
      // Spark 3.5 puts neither the condition nor the SQLSTATE into the error metadata (and has no
      // FetchErrorDetails); the condition still leads the message.
      Matcher m = CONDITION_PREFIX.matcher(status.getDescription());
      Matcher task = TASK_CONDITION.matcher(status.getDescription());
      if (m.find()) {
        condition = m.group(1);
      } else if (task.find()) {
        condition = task.group(1);
      }
    }
    String sqlState = emptyToNull(md.get("sqlState"));
    Map<String, String> params = stringMap(md.get("messageParameters"));
    String serverClass = classes.isEmpty() ? null : classes.get(0);
    String message = status.getDescription() != null ? status.getDescription() : String.valueOf(status.getCode());
    String rootCause = rootCause(md.get("stackTrace"));
    if (rootCause != null && !message.contains(rootCause)) {
      // Spark 3.5 cuts a job failure's message before its causes (a failing UDF's exception among
      // them) and has no FetchErrorDetails; the trace it may attach still names the root cause.
      message = message + "\nCaused by: " + rootCause;
    }
    if (classes.contains(PARSE_EXCEPTION)) {
      return new ParseException(message, t, condition, sqlState, params, serverClass);
    }
    if (classes.contains(ANALYSIS_EXCEPTION)) {
      return new AnalysisException(message, t, condition, sqlState, params, serverClass);
    }
    return new SparkConnectException(message, t, condition, sqlState, params, serverClass);
  }

  /**
   * The root cause ({@code class: message}) in the text of a server stack trace: the last
   * {@code Caused by:} line. Spark 3.5 attaches that text (metadata {@code stackTrace}) when the
   * session sets {@code spark.sql.pyspark.jvmStacktrace.enabled}, cut to the server's
   * {@code spark.connect.jvmStacktrace.maxSize} characters; null when there is none.
   */
  static String rootCause(String trace) {
    if (trace == null) {
      return null;
    }
    int at = trace.lastIndexOf("Caused by: ");
    if (at < 0) {
      return null;
    }
    int end = trace.indexOf('\n', at);
    String line = (end < 0 ? trace.substring(at) : trace.substring(at, end)).substring("Caused by: ".length()).strip();
    // A line the server's size limit cut ends in "..."; its class is still worth naming.
    return line.isEmpty() ? null : line;
  }

  /**
   * Converts a failure, first fetching the error's details from the server when the failure
   * names an error id.
   *
   * @param details fetches the details of an error id; returns {@code null} if they cannot be had
   */
  public static SparkConnectException convert(Throwable t, String endpoint,
      Function<String, FetchErrorDetailsResponse> details) {
    if (t instanceof SparkConnectException) {
      return (SparkConnectException) t;
    }
    ErrorInfo info = errorInfo(t);
    String errorId = info == null ? null : emptyToNull(info.getMetadataMap().get("errorId"));
    if (errorId == null) {
      return convert(t, endpoint);
    }
    FetchErrorDetailsResponse response;
    try {
      response = details.apply(errorId);
    } catch (RuntimeException e) {
      response = null;
    }
    if (response == null || !response.hasRootErrorIdx() || response.getRootErrorIdx() < 0
        || response.getRootErrorIdx() >= response.getErrorsCount()) {
      return convert(t, endpoint);
    }
    SparkConnectException basic = convert(t, endpoint);
    SparkConnectException enriched = fromDetails(response, response.getRootErrorIdx(), 0, basic);
    enriched.addSuppressed(t);
    return enriched;
  }

  /**
   * The exception for error {@code idx} of {@code details} and, as its cause, the rest of the
   * chain. {@code root} is the exception converted from the status (null below the root), whose
   * condition is the fallback and whose client-side stack trace is kept.
   */
  private static SparkConnectException fromDetails(FetchErrorDetailsResponse details, int idx, int depth,
      SparkConnectException root) {
    FetchErrorDetailsResponse.Error error = details.getErrors(idx);
    SparkConnectException cause = null;
    if (error.hasCauseIdx() && depth < details.getErrorsCount() && error.getCauseIdx() >= 0
        && error.getCauseIdx() < details.getErrorsCount() && error.getCauseIdx() != idx) {
      cause = fromDetails(details, error.getCauseIdx(), depth + 1, null);
    }
    String condition = root == null ? null : root.getCondition();
    String sqlState = null;
    Map<String, String> params = root == null ? Collections.emptyMap() : root.getMessageParameters();
    List<QueryContext> contexts = new ArrayList<>();
    if (error.hasSparkThrowable()) {
      FetchErrorDetailsResponse.SparkThrowable st = error.getSparkThrowable();
      if (st.hasErrorClass()) {
        condition = st.getErrorClass();
      }
      if (st.hasSqlState()) {
        sqlState = st.getSqlState();
      }
      if (st.getMessageParametersCount() > 0) {
        params = st.getMessageParametersMap();
      }
      for (FetchErrorDetailsResponse.QueryContext q : st.getQueryContextsList()) {
        contexts.add(new QueryContext(
            q.getContextType() == FetchErrorDetailsResponse.QueryContext.ContextType.DATAFRAME
                ? QueryContextType.DataFrame : QueryContextType.SQL,
            q.getObjectType(), q.getObjectName(), q.getStartIndex(), q.getStopIndex(), q.getFragment(),
            q.getCallSite(), q.getSummary()));
      }
    }
    if (sqlState == null && root != null && java.util.Objects.equals(condition, root.getCondition())) {
      // The status's SQLSTATE (sent, or the catalogue's) belongs to the same condition.
      sqlState = root.getSqlState();
    }
    List<StackTraceElement> stack = new ArrayList<>();
    for (FetchErrorDetailsResponse.StackTraceElement e : error.getStackTraceList()) {
      stack.add(new StackTraceElement(e.getDeclaringClass(), e.getMethodName(),
          e.hasFileName() ? e.getFileName() : null, e.getLineNumber()));
    }
    List<String> classes = error.getErrorTypeHierarchyList();
    String serverClass = classes.isEmpty() ? (root == null ? null : root.getServerClassName()) : classes.get(0);
    String message = error.getMessage().isEmpty() && root != null ? root.getMessage() : error.getMessage();
    SparkConnectException ex;
    if (classes.contains(PARSE_EXCEPTION) || (classes.isEmpty() && root instanceof ParseException)) {
      ex = new ParseException(message, cause, condition, sqlState, params, serverClass, contexts, stack);
    } else if (classes.contains(ANALYSIS_EXCEPTION) || (classes.isEmpty() && root instanceof AnalysisException)) {
      ex = new AnalysisException(message, cause, condition, sqlState, params, serverClass, contexts, stack);
    } else {
      ex = new SparkConnectException(message, cause, condition, sqlState, params, serverClass, contexts, stack);
    }
    if (root == null && !stack.isEmpty()) {
      // A cause exists only on the server: its stack trace there is the only one it has.
      ex.setStackTrace(stack.toArray(new StackTraceElement[0]));
    }
    return ex;
  }

  private static SparkConnectException transportError(Status status, Throwable t, String endpoint) {
    String description = status.getDescription() == null ? "" : ": " + status.getDescription();
    if (Retrier.isTlsFailure(t)) {
      return new SparkConnectionException("TLS with the Spark Connect server at " + endpoint + " failed ("
          + status.getCode() + description + "); check that both sides use TLS (use_ssl) and that the client"
          + " trusts the server's certificate (trustCertificates or trustStore)", t);
    }
    if (status.getCode() == Status.Code.INTERNAL && description.contains("HTTP status code 400")
        && description.contains("SSL certificate")) {
      // A TLS proxy (nginx, for one) answers requests without an acceptable client certificate so.
      return new SparkConnectionException("The TLS endpoint " + endpoint + " wants a client certificate that it"
          + " accepts (mutual TLS); present one with clientCertificate or keyStore (" + status.getCode() + ": HTTP 400"
          + " from the proxy)", t);
    }
    Throwable http2 = status.getCode() == Status.Code.INTERNAL ? http2Failure(t) : null;
    if (http2 != null) {
      return new SparkConnectionException("The peer at " + endpoint + " does not speak gRPC over HTTP/2 as expected ("
          + status.getCode() + description + ": " + http2.getMessage() + "); if it expects TLS, connect with"
          + " use_ssl=true", t);
    }
    switch (status.getCode()) {
      case UNAVAILABLE:
        return new SparkConnectionException("Cannot reach the Spark Connect server at " + endpoint
            + " (" + status.getCode() + description + ")", t);
      case DEADLINE_EXCEEDED:
        return new SparkConnectionException("The Spark Connect server at " + endpoint
            + " did not answer in time (" + status.getCode() + description + ")", t);
      case UNAUTHENTICATED:
      case PERMISSION_DENIED:
        return new SparkConnectException("The Spark Connect server at " + endpoint
            + " refused the credentials (" + status.getCode() + description + ")", t,
            status.getCode().name(), null, Collections.emptyMap(), null);
      case UNIMPLEMENTED: {
        Matcher m = METHOD.matcher(status.getDescription() == null ? "" : status.getDescription());
        if (m.find()) {
          String rpc = m.group(1);
          String since = RPC_SINCE.get(rpc);
          return new SparkConnectException("The Spark Connect server at " + endpoint + " does not implement "
              + rpc + (since == null ? "" : ", which needs " + since), t,
              "UNSUPPORTED_BY_SERVER_VERSION", null, Map.of("feature", rpc), null);
        }
        return new SparkConnectException("Spark Connect call to " + endpoint + " failed ("
            + status.getCode() + description + ")", t, null, null, Collections.emptyMap(), null);
      }
      case CANCELLED:
        return new SparkConnectException("The operation was cancelled (" + status.getCode() + description + ")", t,
            "OPERATION_CANCELED", "HY008", Collections.emptyMap(), null);
      default:
        if (Retrier.isTransportFailure(t)) {
          return new SparkConnectionException("Lost the connection to the Spark Connect server at " + endpoint
              + " (" + status.getCode() + description + ")", t);
        }
        return new SparkConnectException("Spark Connect call to " + endpoint + " failed ("
            + status.getCode() + description + ")", t, null, null, Collections.emptyMap(), null);
    }
  }

  /**
   * The HTTP/2 protocol failure under {@code t}, or {@code null}: typically a plaintext client
   * talking to a TLS port, which answers with something that is not an HTTP/2 frame.
   */
  private static Throwable http2Failure(Throwable t) {
    int depth = 0;
    for (Throwable c = t.getCause(); c != null && depth < 10; c = c.getCause(), depth++) {
      if (c instanceof io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2Exception) {
        return c;
      }
    }
    return null;
  }

  static ErrorInfo errorInfo(Throwable t) {
    com.google.rpc.Status rpcStatus = StatusProto.fromThrowable(t);
    if (rpcStatus == null) {
      return null;
    }
    for (Any any : rpcStatus.getDetailsList()) {
      if (any.is(ErrorInfo.class)) {
        try {
          return any.unpack(ErrorInfo.class);
        } catch (InvalidProtocolBufferException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The error condition (error class) the server attached to {@code t}, or {@code null}. */
  static String condition(Throwable t) {
    ErrorInfo info = errorInfo(t);
    if (info == null) {
      return null;
    }
    return emptyToNull(info.getMetadataMap().get("errorClass"));
  }

  /** Whether the failure is a gRPC status (as opposed to a client-side bug). */
  public static boolean isGrpcFailure(Throwable t) {
    return t instanceof StatusRuntimeException || t instanceof io.grpc.StatusException;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static List<String> stringList(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || json.isEmpty()) {
      return out;
    }
    try {
      Object v = JsonParser.parse(json);
      if (v instanceof List) {
        for (Object o : (List<?>) v) {
          out.add(String.valueOf(o));
        }
      }
    } catch (IllegalArgumentException e) {
      // malformed details: keep what the status itself says
    }
    return out;
  }

  private static Map<String, String> stringMap(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json == null || json.isEmpty()) {
      return out;
    }
    try {
      Object v = JsonParser.parse(json);
      if (v instanceof Map) {
        ((Map<?, ?>) v).forEach((k, val) -> out.put(String.valueOf(k), String.valueOf(val)));
      }
    } catch (IllegalArgumentException e) {
      // malformed details: keep what the status itself says
    }
    return out;
  }
}
