package io.sparkconnect.sql;

import io.sparkconnect.proto.Expression;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders an expression in a SQL-like form for {@link Column#toString()}. */
final class ColumnPrinter {
  private static final Set<String> BINARY = Set.of("+", "-", "*", "/", "%", "==", "!=", ">", ">=", "<",
      "<=", "<=>", "and", "or", "&", "|", "^");

  private ColumnPrinter() {}

  static String print(Expression e) {
    switch (e.getExprTypeCase()) {
      case UNRESOLVED_ATTRIBUTE:
        return e.getUnresolvedAttribute().getUnparsedIdentifier();
      case UNRESOLVED_STAR:
        return e.getUnresolvedStar().hasUnparsedTarget() ? e.getUnresolvedStar().getUnparsedTarget() : "*";
      case LITERAL:
        return literal(e.getLiteral());
      case EXPRESSION_STRING:
        return e.getExpressionString().getExpression();
      case ALIAS:
        return print(e.getAlias().getExpr()) + " AS " + String.join(", ", e.getAlias().getNameList());
      case CAST:
        return "CAST(" + print(e.getCast().getExpr()) + " AS "
            + (e.getCast().hasTypeStr() ? e.getCast().getTypeStr()
                : io.sparkconnect.client.DataTypeProtos.fromProto(e.getCast().getType()).sql()) + ")";
      case SORT_ORDER: {
        Expression.SortOrder s = e.getSortOrder();
        boolean asc = s.getDirection() != Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING;
        boolean first = s.getNullOrdering() == Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST;
        return print(s.getChild()) + (asc ? " ASC" : " DESC") + (first ? " NULLS FIRST" : " NULLS LAST");
      }
      case UNRESOLVED_EXTRACT_VALUE:
        return print(e.getUnresolvedExtractValue().getChild()) + "[" + print(e.getUnresolvedExtractValue().getExtraction()) + "]";
      case UNRESOLVED_FUNCTION: {
        Expression.UnresolvedFunction f = e.getUnresolvedFunction();
        String name = f.getFunctionName();
        if (BINARY.contains(name) && f.getArgumentsCount() == 2) {
          String op = name.equals("==") ? "=" : name.toUpperCase(java.util.Locale.ROOT);
          return "(" + print(f.getArguments(0)) + " " + op + " " + print(f.getArguments(1)) + ")";
        }
        if (name.equals("not") && f.getArgumentsCount() == 1) {
          return "(NOT " + print(f.getArguments(0)) + ")";
        }
        return name + "(" + (f.getIsDistinct() ? "DISTINCT " : "")
            + f.getArgumentsList().stream().map(ColumnPrinter::print).collect(Collectors.joining(", ")) + ")";
      }
      default:
        return e.getExprTypeCase().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String literal(Expression.Literal l) {
    switch (l.getLiteralTypeCase()) {
      case NULL: return "NULL";
      case STRING: return l.getString();
      case BOOLEAN: return String.valueOf(l.getBoolean());
      case BYTE: return String.valueOf(l.getByte());
      case SHORT: return String.valueOf(l.getShort());
      case INTEGER: return String.valueOf(l.getInteger());
      case LONG: return String.valueOf(l.getLong());
      case FLOAT: return String.valueOf(l.getFloat());
      case DOUBLE: return String.valueOf(l.getDouble());
      case DECIMAL: return l.getDecimal().getValue();
      default: return l.getLiteralTypeCase().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
