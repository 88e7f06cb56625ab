package org.engagementsignals.indicators;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.signum;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.IndicatorValues;

/**
 * The heavy part of the indicator tables, in Spark: one row per group (level, group, source) with
 * the counts every metric is computed from. Groups: the org, every node of the team hierarchy
 * ({@code A}, {@code A/B}, ...), and every leader. The "author" is the respondent for surveys, the
 * leader for reflections; every count of people is a count of distinct authors.
 */
public final class GroupAggregates {

  private GroupAggregates() {}

  /** One row per group: see {@link GroupCounts#from(Row)} for the columns. */
  public static Dataset<Row> groups(Dataset<Row> responses, Dataset<Row> sentences) {
    Dataset<Row> inGroups = withGroups(responses, sentences);
    Column responseTrust =
        when(array_contains(col("indicators"), IndicatorValues.TRUST_POSITIVE), 1)
            .when(array_contains(col("indicators"), IndicatorValues.TRUST_NEGATIVE), -1)
            .otherwise(0);
    Column responseConnection =
        when(array_contains(col("indicators"), IndicatorValues.CONNECTION_POSITIVE), 1)
            .when(array_contains(col("indicators"), IndicatorValues.CONNECTION_NEGATIVE), -1)
            .otherwise(0);
    Dataset<Row> perAuthor =
        inGroups
            .groupBy(
                col("g.level").as("level"),
                col("g.group_id").as("group_id"),
                col("g.parent_id").as("parent_id"),
                col("source"),
                col("author"))
            .agg(
                count(lit(1)).as("responses"),
                sum("s_n").as("sentences"),
                sum("s_results").as("results"),
                sum("s_process").as("process"),
                sum("s_score").as("score"),
                sum("s_score_results").as("score_results"),
                sum("s_score_process").as("score_process"),
                signum(sum(responseTrust)).as("trust"),
                signum(sum(responseConnection)).as("connection"),
                max(array_contains(col("indicators"), IndicatorValues.CHALLENGE_PERSONAL)
                        .cast("int"))
                    .as("personal"),
                max(array_contains(col("indicators"), IndicatorValues.CHALLENGE_PROFESSIONAL)
                        .cast("int"))
                    .as("professional"),
                sum("s_trust_pos").as("trust_pos_responses"),
                sum("s_trust_neg").as("trust_neg_responses"),
                sum("s_conn_pos").as("conn_pos_responses"),
                sum("s_conn_neg").as("conn_neg_responses"));
    return perAuthor
        .groupBy(col("level"), col("group_id"), col("parent_id"), col("source"))
        .agg(
            count(lit(1)).as("n_respondents"),
            sum("responses").as("n_responses"),
            sum("sentences").as("n_sentences"),
            sum("results").as("results"),
            sum("process").as("process"),
            sum("score").as("score"),
            sum("score_results").as("score_results"),
            sum("score_process").as("score_process"),
            sum(when(col("trust").gt(0), 1).otherwise(0)).as("trust_pos"),
            sum(when(col("trust").lt(0), 1).otherwise(0)).as("trust_neg"),
            sum(when(col("connection").gt(0), 1).otherwise(0)).as("conn_pos"),
            sum(when(col("connection").lt(0), 1).otherwise(0)).as("conn_neg"),
            sum("personal").as("personal"),
            sum("professional").as("professional"),
            sum("trust_pos_responses").as("trust_pos_responses"),
            sum("trust_neg_responses").as("trust_neg_responses"),
            sum("conn_pos_responses").as("conn_pos_responses"),
            sum("conn_neg_responses").as("conn_neg_responses"));
  }

  /**
   * One row per group and topic: mentions (sentences), distinct authors, and the mean sentiment
   * label of the responses that mention it (each response once).
   */
  public static Dataset<Row> topics(Dataset<Row> responses, Dataset<Row> sentences) {
    Dataset<Row> authors =
        withGroups(responses, sentences)
            .select(col("response_id"), col("source"), col("author"), col("s_score"), col("g"));
    return sentences
        .select(col("response_id"), col("source"), explode(col("topics")).as("topic"))
        .groupBy(col("response_id"), col("source"), col("topic"))
        .agg(count(lit(1)).as("mentions"))
        .join(authors, new String[] {"response_id", "source"})
        .groupBy(
            col("g.level").as("level"),
            col("g.group_id").as("group_id"),
            col("g.parent_id").as("parent_id"),
            col("source"),
            col("topic"))
        .agg(
            sum("mentions").as("mentions"),
            countDistinct(col("author")).as("n_respondents"),
            avg("s_score").as("sentiment_mean"));
  }

  /**
   * The survey respondents counted by the exact set of groups they belong to (a cell, {@link
   * ComplementarySuppression.Cell}): {@code groups} (sorted {@link GroupCounts#key()}s) and {@code
   * n_respondents}. A respondent belongs to every group of every response they gave this month, so
   * someone who answered in two teams or about two leaders is in both.
   */
  public static Dataset<Row> cells(Dataset<Row> responses, Dataset<Row> sentences) {
    return surveyAuthorsInGroups(responses, sentences)
        .groupBy(col("author"))
        .agg(array_sort(collect_set(col("group_key"))).as("groups"))
        .groupBy(col("groups"))
        .agg(count(lit(1)).as("n_respondents"));
  }

  /**
   * Per topic, the survey respondents who mention it counted by the exact set of groups in which
   * they mention it: {@code topic}, {@code groups}, {@code n_respondents}.
   */
  public static Dataset<Row> topicCells(Dataset<Row> responses, Dataset<Row> sentences) {
    Dataset<Row> mentions =
        sentences
            .filter(col("source").equalTo(IndicatorTables.SURVEY))
            .select(col("response_id"), explode(col("topics")).as("topic"))
            .distinct();
    return surveyAuthorsInGroups(responses, sentences)
        .join(mentions, "response_id")
        .groupBy(col("topic"), col("author"))
        .agg(array_sort(collect_set(col("group_key"))).as("groups"))
        .groupBy(col("topic"), col("groups"))
        .agg(count(lit(1)).as("n_respondents"));
  }

  private static Dataset<Row> surveyAuthorsInGroups(
      Dataset<Row> responses, Dataset<Row> sentences) {
    return withGroups(responses, sentences)
        .filter(col("source").equalTo(IndicatorTables.SURVEY))
        .select(
            col("response_id"),
            col("author"),
            when(col("g.level").equalTo("org"), lit("org"))
                .otherwise(concat_ws(":", col("g.level"), col("g.group_id")))
                .as("group_key"));
  }

  /**
   * Responses with their learned labels as 0/1 and -1/0/+1 columns, their sentence count, their
   * author, and one row per group they count in. The labels are measured per response (README
   * "Accuracy"), so every metric is computed from them, never from sentences.
   */
  private static Dataset<Row> withGroups(Dataset<Row> responses, Dataset<Row> sentences) {
    Column isResults = col("focus").isin("RESULTS", "MIXED");
    Column isProcess = col("focus").isin("PROCESS", "MIXED");
    Column sentiment = col("sentiment_label").cast("double");
    Dataset<Row> sentenceCounts =
        sentences
            .groupBy(col("response_id").as("r_id"), col("source").as("r_source"))
            .agg(count(lit(1)).as("s_n"));
    Dataset<Row> perResponse =
        responses
            .select(
                col("response_id"),
                col("source"),
                col("respondent_key"),
                col("team"),
                col("leader_id"),
                col("indicators"),
                when(isResults, 1).otherwise(0).as("s_results"),
                when(isProcess, 1).otherwise(0).as("s_process"),
                sentiment.as("s_score"),
                when(isResults, sentiment).otherwise(0.0).as("s_score_results"),
                when(isProcess, sentiment).otherwise(0.0).as("s_score_process"),
                when(array_contains(col("indicators"), IndicatorValues.TRUST_POSITIVE), 1)
                    .otherwise(0)
                    .as("s_trust_pos"),
                when(array_contains(col("indicators"), IndicatorValues.TRUST_NEGATIVE), 1)
                    .otherwise(0)
                    .as("s_trust_neg"),
                when(array_contains(col("indicators"), IndicatorValues.CONNECTION_POSITIVE), 1)
                    .otherwise(0)
                    .as("s_conn_pos"),
                when(array_contains(col("indicators"), IndicatorValues.CONNECTION_NEGATIVE), 1)
                    .otherwise(0)
                    .as("s_conn_neg"))
            .join(
                sentenceCounts,
                col("response_id").equalTo(col("r_id")).and(col("source").equalTo(col("r_source"))),
                "left");
    Column groups =
        expr(
            "concat(array(named_struct('level', 'org', 'group_id', 'org', 'parent_id', CAST(NULL AS STRING)),"
                + " named_struct('level', 'leader', 'group_id', leader_id, 'parent_id', 'org')),"
                + " transform(sequence(1, size(split(team, '/'))), i -> named_struct('level', 'team', 'group_id',"
                + " array_join(slice(split(team, '/'), 1, i), '/'), 'parent_id', CASE WHEN i = 1 THEN 'org' ELSE"
                + " array_join(slice(split(team, '/'), 1, i - 1), '/') END)))");
    return perResponse
        .withColumn("s_n", coalesce(col("s_n"), lit(0L)))
        .withColumn("author", coalesce(col("respondent_key"), col("leader_id")))
        .withColumn("g", explode(groups));
  }
}
