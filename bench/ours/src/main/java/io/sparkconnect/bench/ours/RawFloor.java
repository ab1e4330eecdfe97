package io.sparkconnect.bench.ours;

import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.sparkconnect.proto.Aggregate;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.Project;
import io.sparkconnect.proto.Range;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.RelationCommon;
import io.sparkconnect.proto.SparkConnectServiceGrpc;
import io.sparkconnect.proto.UserContext;
import java.net.URI;
import java.util.Iterator;
import java.util.UUID;

/**
 * The floor: the same plans as W2 and W3, sent as raw {@code ExecutePlan} calls through the
 * generated stubs, responses drained and counted but not decoded. Nothing of the client library
 * runs except the generated protobuf classes.
 */
final class RawFloor {
  private RawFloor() {}

  static void main(String workload, String remote, int warmups, int runs) throws Exception {
    // remote is sc://host:port/;token=...
    URI uri = URI.create(remote.replace("sc://", "http://"));
    String token = null;
    for (String kv : remote.substring(remote.indexOf('/', 5) + 1).split(";")) {
      if (kv.startsWith("token=")) {
        token = kv.substring("token=".length());
      }
    }
    Metadata headers = new Metadata();
    if (token != null) {
      headers.put(Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
    }
    ManagedChannel channel = NettyChannelBuilder.forAddress(uri.getHost(), uri.getPort())
        .usePlaintext().maxInboundMessageSize(128 * 1024 * 1024).build();
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub = SparkConnectServiceGrpc.newBlockingStub(
        ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)));
    String session = UUID.randomUUID().toString();
    Plan plan = workload.equals("W0") ? collectPlan() : countPlan();
    for (int i = 0; i < warmups + runs; i++) {
      boolean measured = i >= warmups;
      if (workload.equals("W0")) {
        long t0 = System.nanoTime();
        long[] drained = drain(stub, session, plan);
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.println("RESULT check responses=" + drained[0] + " bytes=" + drained[1]);
        OurClientWorkloads.report(measured, "ms", ms);
      } else {
        for (int q = 0; q < OurClientWorkloads.W3_QUERIES; q++) {
          long t0 = System.nanoTime();
          drain(stub, session, plan);
          OurClientWorkloads.report(measured, "lat_ms", (System.nanoTime() - t0) / 1e6);
        }
      }
    }
    channel.shutdownNow();
    System.exit(0);
  }

  private static long[] drain(SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub, String session, Plan plan) {
    ExecutePlanRequest request = ExecutePlanRequest.newBuilder()
        .setSessionId(session)
        .setUserContext(UserContext.newBuilder().setUserId("bench"))
        .setOperationId(UUID.randomUUID().toString())
        .setPlan(plan)
        .build();
    long responses = 0;
    long bytes = 0;
    Iterator<ExecutePlanResponse> it = stub.executePlan(request);
    while (it.hasNext()) {
      ExecutePlanResponse r = it.next();
      responses++;
      if (r.hasArrowBatch()) {
        bytes += r.getArrowBatch().getData().size();
      }
    }
    return new long[] {responses, bytes};
  }

  private static Relation.Builder range(long end, long planId) {
    return Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(planId))
        .setRange(Range.newBuilder().setStart(0).setEnd(end).setStep(1));
  }

  private static Expression sqlExpr(String s) {
    return Expression.newBuilder().setExpressionString(Expression.ExpressionString.newBuilder().setExpression(s)).build();
  }

  /** {@code range(2_000_000).selectExpr("id", "id * 1.5 AS d", "concat('s', CAST(id AS STRING)) AS s")}. */
  static Plan collectPlan() {
    Relation project = Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(1))
        .setProject(Project.newBuilder().setInput(range(OurClientWorkloads.W2_ROWS, 0))
            .addExpressions(sqlExpr("id"))
            .addExpressions(sqlExpr("id * 1.5 AS d"))
            .addExpressions(sqlExpr("concat('s', CAST(id AS STRING)) AS s")))
        .build();
    return Plan.newBuilder().setRoot(project).build();
  }

  /** {@code range(10).count()}: a global aggregate of {@code count(1) AS count}. */
  static Plan countPlan() {
    Expression count = Expression.newBuilder().setAlias(Expression.Alias.newBuilder()
        .setExpr(Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
            .setFunctionName("count")
            .addArguments(Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setInteger(1)))))
        .addName("count")).build();
    Relation agg = Relation.newBuilder().setCommon(RelationCommon.newBuilder().setPlanId(1))
        .setAggregate(Aggregate.newBuilder().setInput(range(10, 0))
            .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY)
            .addAggregateExpressions(count))
        .build();
    return Plan.newBuilder().setRoot(agg).build();
  }
}
