package org.engagementsignals.contract;

import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a Spark row of a known schema by field name: fields left unset are null, an unknown name
 * or a required field left null fails at once, naming the field. Rows built by position drift from
 * their schema silently when a column is added; these cannot.
 */
public final class RowBuilder {
  private final StructType schema;
  private final Object[] values;

  private RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
  }

  /** A builder for one row of {@code schema}, every field null. */
  public static RowBuilder of(StructType schema) {
    return new RowBuilder(schema);
  }

  /** Sets a field; the name must be one of the schema's. */
  public RowBuilder set(String field, Object value) {
    values[indexOf(field)] = value;
    return this;
  }

  /** The row, in the schema's field order, carrying the schema so that it is read by name too. */
  public Row build() {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && !schema.fields()[i].nullable()) {
        throw new IllegalStateException(
            "required field " + schema.fields()[i].name() + " is not set");
      }
    }
    return new GenericRowWithSchema(Arrays.copyOf(values, values.length), schema);
  }

  private int indexOf(String field) {
    try {
      return schema.fieldIndex(field);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "no field " + field + " in " + String.join(", ", schema.fieldNames()), e);
    }
  }
}
