package org.engagementsignals.contract;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
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
            required("focus", StringType),
            required("results_share", DoubleType),
            required("process_share", DoubleType),
            required("topics", createArrayType(StringType, false)),
            required("indicators", createArrayType(StringType, false)),
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
            required("sentiment_method", StringType),
            required("focus", StringType),
            required("topics", createArrayType(StringType, false)),
            required("indicators", createArrayType(StringType, false)),
            required("negated", BooleanType),
            required("evidence", createArrayType(StringType, false))
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

  public static final StructType INDICATORS = indicators();

  public static final StructType TOPICS =
      new StructType(
          new StructField[] {
            required("level", StringType),
            required("group_id", StringType),
            required("source", StringType),
            required("topic", StringType),
            required("family", StringType),
            required("suppressed", BooleanType),
            optional("suppression_reason", StringType),
            optional("mentions", LongType),
            optional("n_respondents", LongType),
            optional("respondent_share", DoubleType),
            optional("respondent_share_ci_low", DoubleType),
            optional("respondent_share_ci_high", DoubleType),
            optional("sentiment_mean", DoubleType)
          });

  public static final StructType SAY_HEAR =
      new StructType(
          new StructField[] {
            required("leader_id", StringType),
            required("say_reflections", LongType),
            required("say_sentences", LongType),
            optional("say_results_share", DoubleType),
            optional("say_process_share", DoubleType),
            optional("say_trust_direction", DoubleType),
            optional("say_connection_direction", DoubleType),
            required("hear_suppressed", BooleanType),
            optional("hear_suppression_reason", StringType),
            optional("hear_respondents", LongType),
            optional("hear_results_share", DoubleType),
            optional("hear_process_share", DoubleType),
            optional("hear_trust_direction", DoubleType),
            optional("hear_connection_direction", DoubleType),
            optional("process_share_gap", DoubleType),
            optional("trust_direction_gap", DoubleType),
            optional("connection_direction_gap", DoubleType)
          });

  /**
   * Operators only, like quarantine: why each hidden row of {@code indicators/}, {@code topics/}
   * and {@code say_hear/} is hidden, and the hidden group's size as a band. Reports never read it.
   */
  public static final StructType SUPPRESSION =
      new StructType(
          new StructField[] {
            required("table", StringType),
            required("source", StringType),
            required("level", StringType),
            required("group_id", StringType),
            optional("topic", StringType),
            required("reason", StringType),
            optional("respondents_band", StringType)
          });

  private OutputSchemas() {}

  private static StructType indicators() {
    java.util.List<StructField> fields = new java.util.ArrayList<>();
    fields.add(required("level", StringType));
    fields.add(required("group_id", StringType));
    fields.add(optional("parent_id", StringType));
    fields.add(required("source", StringType));
    fields.add(required("suppressed", BooleanType));
    // Both always null since issue 17: kept so that queries naming them still run.
    fields.add(optional("suppression_reason", StringType));
    fields.add(optional("respondents_band", StringType));
    fields.add(optional("n_respondents", LongType));
    fields.add(optional("n_responses", LongType));
    fields.add(optional("n_sentences", LongType));
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      fields.add(optional(m.name(), DoubleType));
      if (m.interval()) {
        fields.add(optional(m.name() + "_ci_low", DoubleType));
        fields.add(optional(m.name() + "_ci_high", DoubleType));
      }
    }
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      fields.add(optional(m.name() + "_delta", DoubleType));
      if (m.interval()) {
        fields.add(optional(m.name() + "_changed", BooleanType));
      }
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructField required(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  private static StructField optional(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
