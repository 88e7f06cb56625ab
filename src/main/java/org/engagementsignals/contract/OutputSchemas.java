package org.engagementsignals.contract;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every Parquet output, as written in each period partition (the partition column
 * {@code period}, or {@code run_id} for runs, comes from the folder name). Change one only together
 * with DESIGN.md and the golden file under {@code src/test/resources/contract/}.
 */
public final class OutputSchemas {

  public static final StructType RESPONSES =
      new StructType(
          new StructField[] {
            required("response_id", StringType),
            required("source", StringType),
            optional("respondent_key", StringType),
            required("team", StringType),
            required("leader_id", StringType),
            optional("question_id", StringType),
            required("submitted_at", TimestampType),
            optional("rating", IntegerType),
            required("n_sentences", IntegerType),
            required("n_tokens", IntegerType),
            optional("sentiment_score", DoubleType),
            optional("sentiment_label", IntegerType),
            optional("text_redacted", StringType)
          });

  public static final StructType SENTENCES =
      new StructType(
          new StructField[] {
            required("response_id", StringType),
            required("source", StringType),
            required("sentence_index", IntegerType),
            required("text_redacted", StringType),
            required("n_tokens", IntegerType),
            required("tokens", createArrayType(StringType, false)),
            required("lemmas", createArrayType(StringType, false)),
            required("pos", createArrayType(StringType, false)),
            required("ner", createArrayType(StringType, false)),
            required("sentiment", IntegerType),
            required("sentiment_probs", createArrayType(DoubleType, false)),
            required("sentiment_score", DoubleType),
            required("sentiment_method", StringType)
          });

  public static final StructType QUARANTINE =
      new StructType(
          new StructField[] {
            required("source", StringType),
            required("source_file", StringType),
            required("line", LongType),
            required("record_number", LongType),
            optional("record_id", StringType),
            required("reason", StringType),
            required("message", StringType),
            optional("raw_record", StringType)
          });

  public static final StructType RUNS =
      new StructType(
          new StructField[] {
            required("period", StringType),
            required("started_at", TimestampType),
            required("finished_at", TimestampType),
            required("code_version", StringType),
            required("spark_version", StringType),
            required("corenlp_version", StringType),
            required("nlp_chain", StringType),
            required("config_fingerprint", StringType),
            required("n_read", LongType),
            required("n_valid", LongType),
            required("n_quarantined", LongType),
            required("n_other_period", LongType),
            required("n_sentences", LongType),
            required("n_texts", LongType),
            required("n_texts_annotated", LongType),
            required("n_texts_reused", LongType),
            required("quarantined_by_reason", createMapType(StringType, LongType, false)),
            required("redactions", createMapType(StringType, LongType, false)),
            required("stage_seconds", createMapType(StringType, DoubleType, false))
          });

  private OutputSchemas() {}

  private static StructField required(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  private static StructField optional(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
