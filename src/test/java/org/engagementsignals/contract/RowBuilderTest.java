package org.engagementsignals.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RowBuilderTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("note", DataTypes.StringType, true)
          .add("n", DataTypes.LongType, true);

  @Test
  void placesValuesByNameAndLeavesTheRestNull() {
    Row row = RowBuilder.of(SCHEMA).set("n", 3L).set("id", "a").build();
    assertThat(row.size()).isEqualTo(3);
    assertThat(row.getString(SCHEMA.fieldIndex("id"))).isEqualTo("a");
    assertThat(row.isNullAt(SCHEMA.fieldIndex("note"))).isTrue();
    assertThat(row.getLong(SCHEMA.fieldIndex("n"))).isEqualTo(3L);
    assertThat(row.<String>getAs("id")).isEqualTo("a");
  }

  @Test
  void anUnknownFieldOrAMissingRequiredOneFailsNamingIt() {
    assertThatThrownBy(() -> RowBuilder.of(SCHEMA).set("nope", 1))
        .hasMessageContaining("no field nope");
    assertThatThrownBy(() -> RowBuilder.of(SCHEMA).set("note", "x").build())
        .hasMessageContaining("required field id");
  }
}
