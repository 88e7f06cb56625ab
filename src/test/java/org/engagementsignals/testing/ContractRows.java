package org.engagementsignals.testing;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;

/** Hand-made rows of the output contract, for tests of what comes after annotation. */
public final class ContractRows {

  private ContractRows() {}

  /**
   * A survey response with one sentence that mentions {@code topics} and says {@code indicators}.
   */
  public static Row response(
      String id, String respondent, String team, String leader, List<String> topics) {
    Map<String, Object> v = new HashMap<>();
    v.put("response_id", id);
    v.put("source", "survey");
    v.put("respondent_key", respondent);
    v.put("team", team);
    v.put("leader_id", leader);
    v.put("question_id", "Q1");
    v.put("submitted_at", Timestamp.valueOf("2026-10-05 10:00:00"));
    v.put("n_sentences", 1);
    v.put("n_tokens", 4);
    v.put("sentiment_score", 0.25);
    v.put("sentiment_label", 1);
    v.put("focus", "PROCESS");
    v.put("results_share", 0.0);
    v.put("process_share", 1.0);
    v.put("topics", topics);
    v.put("indicators", List.of("trust:+1"));
    v.put("evidence", List.of("trust +1: trust +0.50"));
    v.put("label_model", "labels-test");
    return row(OutputSchemas.RESPONSES, v);
  }

  /** The one sentence of {@link #response}. */
  public static Row sentence(String responseId, List<String> topics) {
    Map<String, Object> v = new HashMap<>();
    v.put("response_id", responseId);
    v.put("source", "survey");
    v.put("sentence_index", 0);
    v.put("text_redacted", "Feedback is useful here.");
    v.put("n_tokens", 4);
    v.put("tokens", List.of("Feedback", "is", "useful", "here"));
    v.put("lemmas", List.of("feedback", "be", "useful", "here"));
    v.put("pos", List.of("NN", "VBZ", "JJ", "RB"));
    v.put("ner", List.of("O", "O", "O", "O"));
    v.put("sentiment", 3);
    v.put("sentiment_probs", List.of(0.0, 0.1, 0.2, 0.6, 0.1));
    v.put("sentiment_score", 0.35);
    v.put("sentiment_method", "parse");
    v.put("focus", "PROCESS");
    v.put("topics", topics);
    v.put("indicators", List.of("trust:+1"));
    v.put("negated", false);
    v.put("evidence", List.of());
    return row(OutputSchemas.SENTENCES, v);
  }

  /**
   * A row of {@code schema} from values by column name ({@link RowBuilder}: an unknown name or a
   * required column left out fails), lists becoming Scala sequences.
   */
  public static Row row(StructType schema, Map<String, Object> values) {
    RowBuilder row = RowBuilder.of(schema);
    values.forEach(
        (name, x) ->
            row.set(
                name,
                x instanceof List<?> list
                    ? scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq()
                    : x));
    return row.build();
  }

  /** The same values with the schema attached, so that they can be read by name. */
  public static Row named(Row row, StructType schema) {
    Object[] v = new Object[row.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = row.get(i);
    }
    return new GenericRowWithSchema(v, schema);
  }
}
