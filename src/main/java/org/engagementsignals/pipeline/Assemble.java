package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.OutputSchemas;

/** Pure transforms from valid records and annotated texts to the output rows. No I/O, no config. */
public final class Assemble {
  private Assemble() {}

  /**
   * One row per valid record, in {@link OutputSchemas#RESPONSES} column order.
   *
   * @param tagged one row per distinct text, labelled ({@code TaggedRows.LABELLED})
   * @param labelModel the label model's version
   */
  public static Dataset<Row> responses(
      Dataset<Row> valid, Dataset<Row> tagged, boolean includeText, String labelModel) {
    Dataset<Row> joined =
        valid.join(tagged.withColumnRenamed("text_redacted", "annotated_text"), "text_hash");
    Column nTokens = expr("aggregate(sentences, 0, (acc, s) -> acc + s.n_tokens)");
    return joined.select(
        col("response_id"),
        col("source"),
        col("respondent_key"),
        col("team"),
        col("leader_id"),
        col("question_id"),
        col("submitted_at"),
        col("rating"),
        expr("size(sentences)").as("n_sentences"),
        nTokens.as("n_tokens"),
        col("sentiment_score"),
        col("sentiment_label"),
        col("focus"),
        col("results_share"),
        col("process_share"),
        col("topics"),
        col("indicators"),
        (includeText ? col("annotated_text") : lit(null).cast("string")).as("text_redacted"),
        col("evidence"),
        lit(labelModel).as("label_model"));
  }

  /**
   * One row per sentence of every valid record, in {@link OutputSchemas#SENTENCES} column order.
   */
  public static Dataset<Row> sentences(Dataset<Row> valid, Dataset<Row> tagged) {
    Dataset<Row> perSentence =
        valid
            .select(col("response_id"), col("source"), col("text_hash"))
            .join(tagged.select(col("text_hash"), col("sentences")), "text_hash")
            .select(col("response_id"), col("source"), explode(col("sentences")).as("s"));
    Column[] columns =
        java.util.Arrays.stream(OutputSchemas.SENTENCES.fieldNames())
            .map(
                name ->
                    name.equals("response_id") || name.equals("source")
                        ? col(name)
                        : col("s." + name).as(name))
            .toArray(Column[]::new);
    return perSentence.select(columns);
  }
}
