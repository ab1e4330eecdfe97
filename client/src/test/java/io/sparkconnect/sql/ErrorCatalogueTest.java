package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQLSTATE every exception gets: the server's, else the catalogue's, else {@code XXKCM}. */
class ErrorCatalogueTest {
  private static SparkConnectException error(String condition, String sqlState) {
    return new SparkConnectException("m", null, condition, sqlState, Map.of(), null);
  }

  @Test
  void theServersSqlStateWins() {
    assertEquals("12345", error("DIVIDE_BY_ZERO", "12345").getSqlState());
  }

  @Test
  void conditionsGetTheCataloguesSqlState() {
    assertEquals("22012", error("DIVIDE_BY_ZERO", null).getSqlState());
    assertEquals("42601", error("PARSE_SYNTAX_ERROR", "").getSqlState());
    assertEquals("HY008", error("OPERATION_CANCELED", null).getSqlState());
  }

  @Test
  void subConditionsFallBackToTheirMainCondition() {
    assertEquals("42703", error("UNRESOLVED_COLUMN.WITH_SUGGESTION", null).getSqlState());
    assertEquals("42K09", error("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", null).getSqlState());
  }

  @Test
  void conditionsOnlySpark35KnowsComeFromItsCatalogue() {
    assertEquals("54000", error("TOO_MANY_ARRAY_ELEMENTS", null).getSqlState());
  }

  @Test
  void everythingElseIsXxkcm() {
    assertEquals("XXKCM", new SparkConnectException("no condition").getSqlState());
    assertEquals("XXKCM", error("_LEGACY_ERROR_TEMP_1004", null).getSqlState());
    assertEquals("XXKCM", error("NO_SUCH_CONDITION_ANYWHERE", null).getSqlState());
    assertEquals("XXKCM", new AnalysisException("m", null, null, null, Map.of(), null).getSqlState());
  }

  @Test
  void connectionFailuresAreSqlClass08() {
    assertEquals("08006", new SparkConnectionException("lost", null).getSqlState());
  }
}
