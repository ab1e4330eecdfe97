package io.sparkconnect.sql;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.RelationCommon;
import io.sparkconnect.proto.SubqueryExpression;
import io.sparkconnect.proto.WithRelations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subquery columns ({@link DataFrame#scalar()}, {@link DataFrame#exists()},
 * {@link Column#isin(DataFrame)}). In the protocol a subquery expression names its plan only by plan
 * id; the plan itself travels as a reference of a {@code WithRelations} relation above the node
 * that uses the expression. Columns are plain expressions with no room for side data, and are
 * combined by hundreds of functions, so the subquery's plan rides inside the expression itself, in
 * an unknown field of its {@code SubqueryExpression} message. When a relation node is built from
 * such columns, {@link #attach} takes the plans out of the expressions again and wraps the node in a
 * {@code WithRelations}: the server never sees the private field.
 */
final class SubqueryReferences {
  /** Field number of the carried plan; far above any field the protocol uses. */
  private static final int PLAN_FIELD = 536_870_000;

  /**
   * The message types the walk looks for, in a holder of their own: the first use of a
   * descriptor builds those of the whole protocol, which a session without subqueries never needs.
   */
  private static final class Types {
    static final Descriptor RELATION = Relation.getDescriptor();
    static final Descriptor SUBQUERY = SubqueryExpression.getDescriptor();
  }

  /** Set once a subquery column exists in this JVM: until then building a node skips the walk. */
  private static volatile boolean used;

  private SubqueryReferences() {}

  /** A subquery expression over {@code plan}, carrying the plan. */
  static Expression subquery(DataFrame plan, SubqueryExpression.SubqueryType type, List<Expression> inValues) {
    used = true;
    Relation relation = plan.relation();
    SubqueryExpression.Builder s = SubqueryExpression.newBuilder().setPlanId(relation.getCommon().getPlanId())
        .setSubqueryType(type).addAllInSubqueryValues(inValues);
    s.setUnknownFields(UnknownFieldSet.newBuilder()
        .addField(PLAN_FIELD, UnknownFieldSet.Field.newBuilder().addLengthDelimited(relation.toByteString()).build())
        .build());
    return Expression.newBuilder().setSubqueryExpression(s).build();
  }

  /**
   * The relation of {@code node}: {@code node} itself, with {@code planId}, when its expressions
   * hold no subquery; else {@code node} without the carried plans, wrapped in a
   * {@code WithRelations} that lists them (the wrapper gets {@code wrapperPlanId}, as Spark's
   * clients do, so that columns of the result refer to the wrapper).
   */
  static Relation attach(Relation.Builder node, long planId, java.util.function.LongSupplier wrapperPlanId) {
    node.setCommon(RelationCommon.newBuilder().setPlanId(planId));
    if (!used) {
      return node.build();
    }
    Map<Long, Relation> refs = new LinkedHashMap<>();
    Relation built = node.build();
    Relation stripped = (Relation) strip(built, refs, true);
    if (refs.isEmpty()) {
      return built;
    }
    Relation.Builder wrapper = Relation.newBuilder()
        .setWithRelations(WithRelations.newBuilder().setRoot(stripped).addAllReferences(refs.values()));
    wrapper.setCommon(RelationCommon.newBuilder().setPlanId(wrapperPlanId.getAsLong()));
    return wrapper.build();
  }

  /**
   * {@code m} without carried plans, which go to {@code refs}; {@code m} itself when it has none.
   * Input relations are not entered: their own nodes were stripped when they were built.
   */
  private static Message strip(Message m, Map<Long, Relation> refs, boolean top) {
    if (!top && m.getDescriptorForType() == Types.RELATION) {
      return m;
    }
    Message.Builder changed = null;
    if (m.getDescriptorForType() == Types.SUBQUERY && m.getUnknownFields().hasField(PLAN_FIELD)) {
      for (ByteString bytes : m.getUnknownFields().getField(PLAN_FIELD).getLengthDelimitedList()) {
        Relation r = parse(bytes);
        refs.putIfAbsent(r.getCommon().getPlanId(), r);
      }
      changed = m.toBuilder().setUnknownFields(UnknownFieldSet.getDefaultInstance());
    }
    for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
      FieldDescriptor f = e.getKey();
      if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (f.isRepeated()) {
        List<?> values = (List<?>) e.getValue();
        List<Object> out = null;
        for (int i = 0; i < values.size(); i++) {
          Message v = (Message) values.get(i);
          Message s = strip(v, refs, false);
          if (s != v && out == null) {
            out = new ArrayList<>(values);
          }
          if (out != null) {
            out.set(i, s);
          }
        }
        if (out != null) {
          changed = changed != null ? changed : m.toBuilder();
          changed.setField(f, out);
        }
      } else {
        Message v = (Message) e.getValue();
        Message s = strip(v, refs, false);
        if (s != v) {
          changed = changed != null ? changed : m.toBuilder();
          changed.setField(f, s);
        }
      }
    }
    return changed == null ? m : changed.build();
  }

  private static Relation parse(ByteString bytes) {
    try {
      // Plans nest one message level per operator: lift protobuf's default limit of 100 levels.
      com.google.protobuf.CodedInputStream in = bytes.newCodedInput();
      in.setRecursionLimit(Integer.MAX_VALUE);
      return Relation.parseFrom(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A subquery column's plan could not be read back", e);
    }
  }
}
