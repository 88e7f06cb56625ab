package org.engagementsignals.tagging;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.labels.LabelColumns;
import org.engagementsignals.nlp.AnnotationSchema;

/**
 * Annotated texts with their tags: the sentence struct gains the tag fields, the text its summary.
 */
public final class TaggedRows {

  static final StructField[] SENTENCE_TAGS = {
    new StructField("focus", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
    new StructField(
        "topics",
        createArrayType(StringType, false),
        false,
        org.apache.spark.sql.types.Metadata.empty()),
    new StructField(
        "indicators",
        createArrayType(StringType, false),
        false,
        org.apache.spark.sql.types.Metadata.empty()),
    new StructField("negated", BooleanType, false, org.apache.spark.sql.types.Metadata.empty()),
    new StructField(
        "evidence",
        createArrayType(StringType, false),
        false,
        org.apache.spark.sql.types.Metadata.empty())
  };

  public static final StructType SENTENCE = withFields(AnnotationSchema.SENTENCE, SENTENCE_TAGS);

  /** A tagged text, with the features the label model reads ({@code LabelColumns}). */
  public static final StructType TEXT =
      new StructType()
          .add("text_hash", StringType, false)
          .add("text_redacted", StringType, false)
          .add("n_persons", IntegerType, false)
          .add("sentences", createArrayType(SENTENCE, false), false)
          // null when no sentence of the text was scored (it failed CoreNLP's full chain)
          .add("sentiment_score", DoubleType, true)
          .add("topics", createArrayType(StringType, false), false)
          .add(LabelColumns.TERMS, createArrayType(StringType, false), false)
          .add(LabelColumns.DENSE, SQLDataTypes.VectorType(), false);

  /** A text with its learned labels: what {@code responses/} is assembled from. */
  public static final StructType LABELLED =
      new StructType()
          .add("text_hash", StringType, false)
          .add("text_redacted", StringType, false)
          .add("n_persons", IntegerType, false)
          .add("sentences", createArrayType(SENTENCE, false), false)
          // null when no sentence of the text was scored (it failed CoreNLP's full chain)
          .add("sentiment_score", DoubleType, true)
          .add("sentiment_label", IntegerType, false)
          .add("focus", StringType, false)
          .add("results_share", DoubleType, false)
          .add("process_share", DoubleType, false)
          .add("topics", createArrayType(StringType, false), false)
          .add("indicators", createArrayType(StringType, false), false)
          .add("evidence", createArrayType(StringType, false), false);

  private TaggedRows() {}

  private static StructType withFields(StructType base, StructField[] extra) {
    StructType out = base;
    for (StructField f : extra) {
      out = out.add(f);
    }
    return out;
  }
}
