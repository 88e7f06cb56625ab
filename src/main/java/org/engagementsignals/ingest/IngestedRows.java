package org.engagementsignals.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/** Internal row shapes of ingest (not outputs). */
public final class IngestedRows {
  public static final String VALID = "VALID";
  public static final String QUARANTINED = "QUARANTINED";
  public static final String OTHER_PERIOD = "OTHER_PERIOD";

  /** Every record read, with its outcome. */
  static final StructType INGESTED =
      new StructType()
          .add("status", StringType, false)
          .add("reason", StringType)
          .add("message", StringType)
          .add("source", StringType, false)
          .add("source_file", StringType, false)
          .add("line", LongType, false)
          .add("record_number", LongType, false)
          .add("record_id", StringType)
          .add("respondent_key", StringType)
          .add("team", StringType)
          .add("leader_id", StringType)
          .add("question_id", StringType)
          .add("submitted_at", TimestampType)
          .add("rating", IntegerType)
          .add("text", StringType)
          .add("text_hash", StringType)
          .add("n_urls", IntegerType)
          .add("n_emails", IntegerType)
          .add("n_phones", IntegerType)
          .add("raw_record", StringType);

  /** A valid, deduplicated, pseudonymised record whose text has contact details redacted. */
  public static final StructType VALID_RECORD =
      new StructType()
          .add("source", StringType, false)
          .add("response_id", StringType, false)
          .add("respondent_key", StringType)
          .add("team", StringType, false)
          .add("leader_id", StringType, false)
          .add("question_id", StringType)
          .add("submitted_at", TimestampType, false)
          .add("rating", IntegerType)
          .add("text", StringType, false)
          .add("text_hash", StringType, false)
          .add("n_urls", IntegerType, false)
          .add("n_emails", IntegerType, false)
          .add("n_phones", IntegerType, false);

  /** What is read per task: one input file. */
  static final StructType INPUT_FILE =
      new StructType().add("source", StringType, false).add("path", StringType, false);

  private IngestedRows() {}
}
