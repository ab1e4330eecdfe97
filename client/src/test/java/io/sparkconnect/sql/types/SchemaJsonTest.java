package io.sparkconnect.sql.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaJsonTest {

  @Test
  void parsesServerStyleSchemaJson() {
    String json = "{\"type\":\"struct\",\"fields\":["
        + "{\"name\":\"id\",\"type\":\"long\",\"nullable\":false,\"metadata\":{}},"
        + "{\"name\":\"price\",\"type\":\"decimal(10,2)\",\"nullable\":true,"
        + "\"metadata\":{\"comment\":\"in EUR\"}},"
        + "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"elementType\":\"string\","
        + "\"containsNull\":true},\"nullable\":true,\"metadata\":{}},"
        + "{\"name\":\"attrs\",\"type\":{\"type\":\"map\",\"keyType\":\"string\","
        + "\"valueType\":{\"type\":\"struct\",\"fields\":[{\"name\":\"v\",\"type\":\"double\","
        + "\"nullable\":true,\"metadata\":{}}]},\"valueContainsNull\":false},"
        + "\"nullable\":true,\"metadata\":{}},"
        + "{\"name\":\"ts\",\"type\":\"timestamp\",\"nullable\":true,\"metadata\":{}},"
        + "{\"name\":\"d\",\"type\":\"interval day to second\",\"nullable\":true,\"metadata\":{}},"
        + "{\"name\":\"c\",\"type\":\"varchar(10)\",\"nullable\":true,\"metadata\":{}}]}";
    StructType st = (StructType) DataType.fromJson(json);
    assertEquals(json, st.json());
    assertEquals("root\n"
        + " |-- id: long (nullable = false)\n"
        + " |-- price: decimal(10,2) (nullable = true)\n"
        + " |-- tags: array (nullable = true)\n"
        + " |    |-- element: string (containsNull = true)\n"
        + " |-- attrs: map (nullable = true)\n"
        + " |    |-- key: string\n"
        + " |    |-- value: struct (valueContainsNull = false)\n"
        + " |    |    |-- v: double (nullable = true)\n"
        + " |-- ts: timestamp (nullable = true)\n"
        + " |-- d: interval day to second (nullable = true)\n"
        + " |-- c: varchar(10) (nullable = true)\n", st.treeString());
    assertEquals("struct<id:bigint,price:decimal(10,2),tags:array<string>,"
        + "attrs:map<string,struct<v:double>>,ts:timestamp,d:interval day to second,"
        + "c:varchar(10)>", st.simpleString());
    assertEquals("id BIGINT NOT NULL,price DECIMAL(10,2) COMMENT 'in EUR',tags ARRAY<STRING>,"
        + "attrs MAP<STRING, STRUCT<v: DOUBLE>>,ts TIMESTAMP,d INTERVAL DAY TO SECOND,"
        + "c VARCHAR(10)", st.toDDL());
  }
}
