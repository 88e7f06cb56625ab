package org.engagementsignals.contract;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schema comparisons used where rows meet the contract. */
public final class Schemas {

  private Schemas() {}

  /**
   * The same names, order and types, whatever the nullability and the descriptions; else a message
   * naming the difference.
   */
  public static void requireSameIgnoringNullability(
      StructType expected, StructType actual, String what) {
    if (!withoutMetadata(nullable(expected)).equals(withoutMetadata(nullable(actual)))) {
      throw new IllegalStateException(
          what
              + " rows do not match the contract schema:\n  expected "
              + expected.simpleString()
              + "\n  actual   "
              + actual.simpleString());
    }
  }

  /** A copy of a type without field metadata (the descriptions): its shape only. */
  public static DataType withoutMetadata(DataType type) {
    if (type instanceof StructType s) {
      StructField[] fields = new StructField[s.fields().length];
      for (int i = 0; i < fields.length; i++) {
        StructField f = s.fields()[i];
        fields[i] =
            new StructField(
                f.name(), withoutMetadata(f.dataType()), f.nullable(), Metadata.empty());
      }
      return new StructType(fields);
    }
    if (type instanceof ArrayType a) {
      return new ArrayType(withoutMetadata(a.elementType()), a.containsNull());
    }
    if (type instanceof MapType m) {
      return new MapType(
          withoutMetadata(m.keyType()), withoutMetadata(m.valueType()), m.valueContainsNull());
    }
    return type;
  }

  /** A copy of a type with every field, element and value nullable. */
  public static DataType nullable(DataType type) {
    if (type instanceof StructType s) {
      StructField[] fields = new StructField[s.fields().length];
      for (int i = 0; i < fields.length; i++) {
        StructField f = s.fields()[i];
        fields[i] = new StructField(f.name(), nullable(f.dataType()), true, f.metadata());
      }
      return new StructType(fields);
    }
    if (type instanceof ArrayType a) {
      return new ArrayType(nullable(a.elementType()), true);
    }
    if (type instanceof MapType m) {
      return new MapType(nullable(m.keyType()), nullable(m.valueType()), true);
    }
    return type;
  }
}
