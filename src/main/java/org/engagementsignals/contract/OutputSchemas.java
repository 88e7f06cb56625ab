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
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every Parquet output, as written in each period partition (the partition column
 * {@code period}, or {@code run_id} for runs, comes from the folder name). Change one only together
 * with DESIGN.md and the golden file under {@code src/test/resources/contract/}.
 *
 * <p>Each field carries its description as metadata: {@code comment} (what it means; Spark shows it
 * as the column comment), {@code range} and {@code null_meaning}. The data dictionary ({@code
 * docs/data-dictionary.md}) and {@code datapackage.json} are generated from them, and a test fails
 * when a field has none.
 */
public final class OutputSchemas {

  /** Field metadata keys of the data dictionary; Spark shows "comment" in DESCRIBE. */
  public static final String COMMENT = "comment";

  public static final String RANGE = "range";
  public static final String NULL_MEANING = "null_meaning";

  private static final String NEVER_NULL = "never null";
  private static final String SHARE = "0..1";
  private static final String SIGNED = "-1..1";
  private static final String HIDDEN = "the group is suppressed (suppressed = true)";
  private static final String ALWAYS_NULL =
      "always null (reasons and sizes of hidden groups could give their counts away), kept so"
          + " that queries naming it still run; ";
  private static final String FAILED_TEXT =
      "sentiment_method = failed: the text failed CoreNLP's full chain";

  public static final StructType RESPONSES =
      new StructType(
          new StructField[] {
            required(
                "response_id",
                StringType,
                "the survey answer's response_id, or the reflection's reflection_id"),
            required("source", StringType, "where the text comes from", "survey, reflection"),
            optional(
                "respondent_key",
                StringType,
                "HMAC-SHA256 (hex) of the respondent id under the deployment's secret key; stable across months for one key, never the raw id",
                "64 hex characters",
                "a reflection (written by a leader, who is named by leader_id)"),
            required("team", StringType, "org path of the team, '/'-separated, spaces trimmed"),
            required("leader_id", StringType, "the leader the answer is about, as exported"),
            optional(
                "question_id", StringType, "the survey question, as exported", "", "a reflection"),
            required(
                "submitted_at",
                TimestampType,
                "when the answer was submitted or the reflection written (UTC)"),
            optional(
                "rating",
                IntegerType,
                "the 1..5 Likert answer to the same item",
                "1..5",
                "no rating was given, or a reflection"),
            required("n_sentences", IntegerType, "sentences CoreNLP found in the text", ">= 1"),
            required("n_tokens", IntegerType, "tokens in all the sentences", ">= 1"),
            optional(
                "sentiment_score",
                DoubleType,
                "mean of the sentences' sentiment_score, weighted by their token counts",
                SIGNED,
                "the text had no sentence to score"),
            optional(
                "sentiment_label",
                IntegerType,
                "the writer's overall tone from the label model (docs/labels.md): +1 mainly positive, -1 mainly negative, 0 neutral or balanced",
                "-1, 0, 1",
                "the text had no sentence to score"),
            required(
                "focus",
                StringType,
                "what the response talks about, from the label model (docs/labels.md)",
                "RESULTS, PROCESS, MIXED, NEITHER"),
            required(
                "results_share",
                DoubleType,
                "the label model's probability that the response talks about results (RESULTS or MIXED)",
                SHARE),
            required(
                "process_share",
                DoubleType,
                "the label model's probability that the response talks about process (PROCESS or MIXED)",
                SHARE),
            required(
                "topics",
                createArrayType(StringType, false),
                "taxonomy topics mentioned in any sentence (docs/taxonomy.md)"),
            required(
                "indicators",
                createArrayType(StringType, false),
                "trust, connection and challenge labels from the label model (docs/labels.md)",
                String.join(", ", IndicatorValues.ALL)),
            optional(
                "text_redacted",
                StringType,
                "the whole text with contact details and person names replaced by placeholders",
                "",
                "signals.output.response-text is false (the default)"),
            required(
                "evidence",
                createArrayType(StringType, false),
                "per label, the features that weighed most toward its answer with their weights, then the taxonomy phrases found (docs/labels.md)"),
            required(
                "label_model",
                StringType,
                "version of the label model that labelled the response (models/labels/metadata.json)")
          });

  public static final StructType SENTENCES =
      new StructType(
          new StructField[] {
            required("response_id", StringType, "the response the sentence belongs to"),
            required("source", StringType, "where the text comes from", "survey, reflection"),
            required("sentence_index", IntegerType, "0-based position in the response", ">= 0"),
            required(
                "text_redacted",
                StringType,
                "the sentence with [URL], [EMAIL], [PHONE] and [PERSON] placeholders"),
            required("n_tokens", IntegerType, "tokens in the sentence", ">= 1"),
            required(
                "tokens",
                createArrayType(StringType, false),
                "CoreNLP's tokens as written; a person's tokens read [PERSON]"),
            required(
                "lemmas",
                createArrayType(StringType, false),
                "CoreNLP's lemmas, one per token; a person's lemmas read [PERSON]"),
            required(
                "pos",
                createArrayType(StringType, false),
                "Penn Treebank part-of-speech tags, one per token"),
            required(
                "ner",
                createArrayType(StringType, false),
                "coarse NER tags, one per token (O when none)",
                "O, PERSON, LOCATION, ORGANIZATION, MONEY, PERCENT, NUMBER, ORDINAL, DATE, TIME, DURATION, SET"),
            optional(
                "sentiment",
                IntegerType,
                "CoreNLP's sentiment class: 0 very negative, 1 negative, 2 neutral, 3 positive, 4 very positive",
                "0..4",
                FAILED_TEXT),
            optional(
                "sentiment_probs",
                createArrayType(DoubleType, false),
                "the five class probabilities, in class order",
                "5 values in 0..1 summing to 1",
                FAILED_TEXT),
            optional(
                "sentiment_score",
                DoubleType,
                "the expected class mapped linearly: (sum of c * p(c) - 2) / 2",
                SIGNED,
                FAILED_TEXT),
            required(
                "sentiment_method",
                StringType,
                "parse: the sentence was parsed and its tree scored; split: it was longer than signals.nlp.parse-max-tokens and scored in clause chunks; failed: the text failed CoreNLP's full chain and was annotated without parse and sentiment (docs/robustness.md)",
                "parse, split, failed"),
            required(
                "focus",
                StringType,
                "what the sentence talks about, from the families of its topics",
                "RESULTS, PROCESS, MIXED, NEITHER"),
            required("topics", createArrayType(StringType, false), "taxonomy topic ids mentioned"),
            required(
                "indicators",
                createArrayType(StringType, false),
                "trust and connection with their polarity after negation, and challenges",
                String.join(", ", IndicatorValues.ALL)),
            required(
                "negated",
                BooleanType,
                "some mention lies in the scope of a negation cue",
                "true, false"),
            required(
                "evidence",
                createArrayType(StringType, false),
                "why the sentence was tagged: 'topic: matched lemmas', with the negation cue when negated")
          });

  public static final StructType QUARANTINE =
      new StructType(
          new StructField[] {
            required("source", StringType, "the input the record came from", "survey, reflection"),
            required("source_file", StringType, "the file's full path"),
            required(
                "line",
                LongType,
                "1-based physical line where the record starts (the header is line 1)",
                ">= 1"),
            required(
                "record_number",
                LongType,
                "1-based record number in the file, header excluded",
                ">= 1"),
            optional("record_id", StringType, "the record's id", "", "the id could not be read"),
            required(
                "reason",
                StringType,
                "why the record was rejected (README, Input)",
                "UNPARSEABLE, MISSING_FIELD, BAD_TIMESTAMP, EMPTY_TEXT, TEXT_TOO_LONG, BAD_RATING, BAD_TEAM, DUPLICATE_ID"),
            required("message", StringType, "what exactly is wrong, naming the field and value"),
            optional(
                "raw_record",
                StringType,
                "the record as it stood in the file (operators only: it may hold raw ids)",
                "",
                "the record could not be recovered from the file")
          });

  public static final StructType RUNS =
      new StructType(
          new StructField[] {
            required("period", StringType, "the month processed", "YYYY-MM"),
            required("started_at", TimestampType, "when the run started (UTC)"),
            required("finished_at", TimestampType, "when the run finished (UTC)"),
            required("code_version", StringType, "version of engagement-signals"),
            required("spark_version", StringType, "version of Spark"),
            required("corenlp_version", StringType, "version of Stanford CoreNLP"),
            required(
                "nlp_chain",
                StringType,
                "annotators, parser model, length cap and NER models of the CoreNLP chain"),
            required(
                "label_model",
                StringType,
                "version of the label model used (models/labels/metadata.json); part of config_fingerprint"),
            required(
                "config_fingerprint",
                StringType,
                "hash of every setting that changes the outputs, the label model, and the code (version, commit, build time): equal fingerprints and equal input give equal outputs"),
            required(
                "n_read",
                LongType,
                "records read; always n_valid + n_quarantined + n_other_period",
                ">= 0"),
            required("n_valid", LongType, "records written to responses/", ">= 0"),
            required("n_quarantined", LongType, "records written to quarantine/", ">= 0"),
            required(
                "n_other_period",
                LongType,
                "valid records dated in another month, left to that month's run",
                ">= 0"),
            required("n_sentences", LongType, "rows written to sentences/", ">= 0"),
            required("n_texts", LongType, "distinct texts", ">= 0"),
            required(
                "n_texts_annotated", LongType, "texts annotated by CoreNLP in this run", ">= 0"),
            required(
                "n_texts_reused",
                LongType,
                "texts whose annotation came from the annotation cache",
                ">= 0"),
            required(
                "quarantined_by_reason",
                createMapType(StringType, LongType, false),
                "quarantine reason -> records"),
            required(
                "redactions",
                createMapType(StringType, LongType, false),
                "kind of redaction -> replacements in valid records",
                "keys url, email, phone, person"),
            required(
                "stage_seconds",
                createMapType(StringType, DoubleType, false),
                "stage -> wall-clock seconds",
                "keys ingest, annotate, tag, label, write, indicators, total"),
            required(
                "n_texts_failed",
                LongType,
                "texts that failed CoreNLP's full chain and were annotated without parse and sentiment (sentiment_method = failed)",
                ">= 0"),
            required(
                "code_commit",
                StringType,
                "git commit the build came from; unknown when it was built outside git"),
            required(
                "code_build_time",
                StringType,
                "when the build was made (UTC); with code_commit it keys the annotation cache",
                "yyyyMMddTHHmmssZ")
          });

  public static final StructType INDICATORS = indicators();

  public static final StructType TOPICS =
      new StructType(
          new StructField[] {
            required(
                "level",
                StringType,
                "kind of group: the whole organisation, a team node, or a leader",
                "org, team, leader"),
            required("group_id", StringType, "the group: 'org', a team path, or a leader_id"),
            required("source", StringType, "whose texts", "survey, reflection"),
            required("topic", StringType, "taxonomy topic id (docs/taxonomy.md)"),
            required("family", StringType, "the topic's family in the taxonomy"),
            required(
                "suppressed",
                BooleanType,
                "true when the row is hidden to keep answers anonymous: then every count and metric is null",
                "true, false"),
            optional(
                "suppression_reason",
                StringType,
                ALWAYS_NULL + "why a row is hidden is in the operators' suppression/ table",
                "",
                "always"),
            optional("mentions", LongType, "sentences that mention the topic", ">= 0", HIDDEN),
            optional("n_respondents", LongType, "people who mention the topic", ">= 0", HIDDEN),
            optional(
                "respondent_share",
                DoubleType,
                "share of the group's respondents who mention the topic",
                SHARE,
                HIDDEN),
            optional(
                "respondent_share_ci_low",
                DoubleType,
                "lower end of the 95% Wilson interval of respondent_share",
                SHARE,
                HIDDEN),
            optional(
                "respondent_share_ci_high",
                DoubleType,
                "upper end of the 95% Wilson interval of respondent_share",
                SHARE,
                HIDDEN),
            optional(
                "sentiment_mean",
                DoubleType,
                "mean sentiment_score of the sentences that mention the topic",
                SIGNED,
                HIDDEN)
          });

  public static final StructType SAY_HEAR =
      new StructType(
          new StructField[] {
            required("leader_id", StringType, "the leader who wrote reflections this month"),
            required("say_reflections", LongType, "reflections the leader wrote", ">= 1"),
            required("say_sentences", LongType, "sentences in those reflections", ">= 0"),
            optional(
                "say_results_share",
                DoubleType,
                "share of the leader's sentences about results",
                SHARE,
                "no sentence to count"),
            optional(
                "say_process_share",
                DoubleType,
                "share of the leader's sentences about process",
                SHARE,
                "no sentence to count"),
            optional(
                "say_trust_direction",
                DoubleType,
                "of the leader's trust mentions, (positive - negative) / (positive + negative)",
                SIGNED,
                "the leader did not mention trust"),
            optional(
                "say_connection_direction",
                DoubleType,
                "of the leader's connection mentions, (positive - negative) / (positive + negative)",
                SIGNED,
                "the leader did not mention connection"),
            required(
                "hear_suppressed",
                BooleanType,
                "true when the leader's survey group is hidden to keep answers anonymous: then every hear_ and gap column is null",
                "true, false"),
            optional(
                "hear_suppression_reason",
                StringType,
                ALWAYS_NULL + "why a side is hidden is in the operators' suppression/ table",
                "",
                "always"),
            optional(
                "hear_respondents",
                LongType,
                "people who answered about the leader",
                ">= 0",
                "the team's side is hidden"),
            optional(
                "hear_results_share",
                DoubleType,
                "share of the team's sentences about results",
                SHARE,
                "the team's side is hidden"),
            optional(
                "hear_process_share",
                DoubleType,
                "share of the team's sentences about process",
                SHARE,
                "the team's side is hidden"),
            optional(
                "hear_trust_direction",
                DoubleType,
                "over the team members who mention trust, (positive - negative) / (positive + negative)",
                SIGNED,
                "hidden, or nobody mentioned trust"),
            optional(
                "hear_connection_direction",
                DoubleType,
                "over the team members who mention connection, (positive - negative) / (positive + negative)",
                SIGNED,
                "hidden, or nobody mentioned connection"),
            optional(
                "process_share_gap",
                DoubleType,
                "say_process_share - hear_process_share",
                SIGNED,
                "either side is missing"),
            optional(
                "trust_direction_gap",
                DoubleType,
                "say_trust_direction - hear_trust_direction",
                "-2..2",
                "either side is missing"),
            optional(
                "connection_direction_gap",
                DoubleType,
                "say_connection_direction - hear_connection_direction",
                "-2..2",
                "either side is missing")
          });

  /**
   * Operators only, like quarantine: why each hidden row of {@code indicators/}, {@code topics/}
   * and {@code say_hear/} is hidden, and the hidden group's size as a band. Reports never read it.
   */
  public static final StructType SUPPRESSION =
      new StructType(
          new StructField[] {
            required(
                "table",
                StringType,
                "the published table of the hidden row",
                "indicators, topics, say_hear"),
            required(
                "source", StringType, "whose texts (say_hear rows: survey)", "survey, reflection"),
            required(
                "level", StringType, "kind of group (say_hear rows: leader)", "org, team, leader"),
            required(
                "group_id",
                StringType,
                "the hidden row's group: 'org', a team path, or a leader_id"),
            optional("topic", StringType, "the hidden row's topic", "", "not a topics row"),
            required(
                "reason",
                StringType,
                "why the row is hidden: fewer than k people, hidden so that another hidden group cannot be worked out by subtraction, a topic row of a hidden group, a topic nobody mentioned, or a leader nobody answered about",
                "below_min_group_size, complementary, group_below_min_group_size, group_complementary, no_mentions, no_survey_responses"),
            optional(
                "respondents_band",
                StringType,
                "how many people the hidden row covers, as a band with k as the first edge",
                "<5, 5-9, 10-19, 20-49, ...",
                "not a group of respondents (topic rows)")
          });

  private OutputSchemas() {}

  private static StructType indicators() {
    java.util.List<StructField> fields = new java.util.ArrayList<>();
    fields.add(
        required(
            "level",
            StringType,
            "kind of group: the whole organisation, a team node (including its sub-teams), or a leader",
            "org, team, leader"));
    fields.add(required("group_id", StringType, "the group: 'org', a team path, or a leader_id"));
    fields.add(
        optional(
            "parent_id",
            StringType,
            "the team node above this one",
            "",
            "the org, a top-level team's parent is 'org'; leaders have none"));
    fields.add(required("source", StringType, "whose texts", "survey, reflection"));
    fields.add(
        required(
            "suppressed",
            BooleanType,
            "true when the group is hidden to keep answers anonymous: then every count and metric is null",
            "true, false"));
    fields.add(
        optional(
            "suppression_reason",
            StringType,
            ALWAYS_NULL + "why a group is hidden is in the operators' suppression/ table",
            "",
            "always"));
    fields.add(
        optional(
            "respondents_band",
            StringType,
            ALWAYS_NULL + "group sizes of hidden groups are in the operators' suppression/ table",
            "",
            "always"));
    fields.add(
        optional(
            "n_respondents",
            LongType,
            "distinct respondents (for reflections: leaders)",
            ">= 0",
            HIDDEN));
    fields.add(optional("n_responses", LongType, "answers or reflections", ">= 0", HIDDEN));
    fields.add(optional("n_sentences", LongType, "sentences in them", ">= 0", HIDDEN));
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      fields.add(
          optional(
              m.name(), DoubleType, m.meaning(), m.range(), HIDDEN + ", or nothing to measure"));
      if (m.interval()) {
        fields.add(
            optional(
                m.name() + "_ci_low",
                DoubleType,
                "lower end of the 95% interval of " + m.name(),
                m.range(),
                HIDDEN + ", or nothing to measure"));
        fields.add(
            optional(
                m.name() + "_ci_high",
                DoubleType,
                "upper end of the 95% interval of " + m.name(),
                m.range(),
                HIDDEN + ", or nothing to measure"));
      }
    }
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      fields.add(
          optional(
              m.name() + "_delta",
              DoubleType,
              m.name() + " minus its value in the previous month",
              m.range().equals(SHARE) ? SIGNED : "-2..2",
              "no previous month, or either month hidden or without a value"));
      if (m.interval()) {
        fields.add(
            optional(
                m.name() + "_changed",
                BooleanType,
                "true when this month's and the previous month's 95% intervals of "
                    + m.name()
                    + " do not overlap: a change unlikely to be noise",
                "true, false",
                "no previous month, or either month hidden or without a value"));
      }
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructField required(String name, DataType type, String meaning) {
    return required(name, type, meaning, "");
  }

  private static StructField required(String name, DataType type, String meaning, String range) {
    return new StructField(name, type, false, describe(meaning, range, NEVER_NULL));
  }

  private static StructField optional(
      String name, DataType type, String meaning, String range, String whenNull) {
    return new StructField(name, type, true, describe(meaning, range, whenNull));
  }

  private static Metadata describe(String meaning, String range, String whenNull) {
    return new MetadataBuilder()
        .putString(COMMENT, meaning)
        .putString(RANGE, range)
        .putString(NULL_MEANING, whenNull)
        .build();
  }
}
