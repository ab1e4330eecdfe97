package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.VariantVal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Variant values and explicit collations, as the server types them (Spark 4.0 and later): the
 * client's type strings equal the server's own {@code typeof}, and variant values are
 * {@link VariantVal}s both ways.
 */
class TypeStringsIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "variant and collations need Spark 4.0 or later");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void variantValuesAreVariantVals() {
    Row r = spark.sql("SELECT parse_json('{\"a\":1}') AS v, typeof(parse_json('1')) AS t").first();
    assertEquals("variant", r.getString(1));
    assertEquals("variant", spark.sql("SELECT parse_json('{\"a\":1}') AS v").schema().apply("v").dataType().typeName());
    VariantVal v = r.getVariant(0);
    assertNotNull(v);
    // The bytes are Spark's encoding: a one-field object whose key is in the metadata dictionary.
    assertEquals(List.of("{\"a\":1}"), spark.createDataFrame(
        List.of(RowFactory.create(v)), new StructType().add("v", DataTypes.VariantType))
        .select(to_json(col("v"))).collectAsList().stream().map(x -> x.getString(0)).toList(),
        "the variant goes back to the server as a variant");
    Row nested = spark.sql("SELECT array(parse_json('1'), parse_json('[2]')) AS a,"
        + " named_struct('x', parse_json('\"s\"')) AS s").first();
    assertEquals(2, nested.getList(0).size());
    assertEquals(VariantVal.class, nested.getList(0).get(1).getClass());
    assertEquals(VariantVal.class, nested.getStruct(1).get(0).getClass());
  }

  @Test
  void explicitCollationsKeepTheirNames() {
    DataFrame df = spark.sql("SELECT 'x' COLLATE UTF8_BINARY AS b, 'x' COLLATE UTF8_LCASE AS l, 'x' AS d,"
        + " array('y' COLLATE UTF8_BINARY) AS a");
    Row server = df.selectExpr("typeof(b)", "typeof(l)", "typeof(d)", "typeof(a)").first();
    StructType schema = df.schema();
    for (int i = 0; i < 4; i++) {
      assertEquals(server.getString(i), schema.fields()[i].dataType().catalogString(), schema.fields()[i].name());
      assertEquals(server.getString(i), schema.fields()[i].dataType().simpleString(), schema.fields()[i].name());
    }
    // Spark 4.1 and later name an explicit UTF8_BINARY; 4.0 calls every UTF8_BINARY string plain string.
    String explicit = TestServer.serverAtLeast(spark, 4, 1) ? "string collate UTF8_BINARY" : "string";
    assertEquals(explicit, server.getString(0), "what Spark says, checked, not assumed");
    assertEquals(explicit, schema.fields()[0].dataType().typeName());
    assertEquals(StringType.of("UTF8_BINARY"), schema.fields()[0].dataType());
    assertEquals("string collate UTF8_LCASE", schema.fields()[1].dataType().typeName());
    assertEquals("string", schema.fields()[2].dataType().typeName());
    assertEquals("x", df.first().getString(0));
  }
}
