package org.engagementsignals.tagging;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Tags every sentence of an annotated text and summarises the text. */
public final class TagTexts implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Tagger tagger;
  private final PolarityModel polarityModel;

  /**
   * @param polarityModel the calibrated response polarity, or null for the plain score margin
   */
  public TagTexts(Tagger tagger, PolarityModel polarityModel) {
    this.tagger = tagger;
    this.polarityModel = polarityModel;
  }

  @Override
  public Row call(Row text) {
    List<Row> sentences = text.getList(text.fieldIndex("sentences"));
    List<Row> tagged = new ArrayList<>(sentences.size());
    List<SentenceTags> tags = new ArrayList<>(sentences.size());
    List<ResponsePolarity.SentenceInput> polarityInputs = new ArrayList<>(sentences.size());
    for (Row s : sentences) {
      // A sentence annotated without sentiment (its text failed the full chain) is tagged as
      // neutral, and its response's polarity comes from its other sentences.
      boolean scored = !s.isNullAt(s.fieldIndex("sentiment_score"));
      SentenceTags t =
          tagger.tag(
              s.getList(s.fieldIndex("lemmas")),
              s.getList(s.fieldIndex("pos")),
              s.getList(s.fieldIndex("ner")),
              scored ? s.getDouble(s.fieldIndex("sentiment_score")) : 0.0);
      tags.add(t);
      if (scored) {
        List<Double> probs = s.getList(s.fieldIndex("sentiment_probs"));
        polarityInputs.add(
            ResponsePolarity.SentenceInput.of(
                probs.stream().mapToDouble(Double::doubleValue).toArray(),
                s.getList(s.fieldIndex("lemmas")),
                t));
      }
      Object[] values = new Object[s.size() + TaggedRows.SENTENCE_TAGS.length];
      for (int i = 0; i < s.size(); i++) {
        values[i] = s.get(i);
      }
      values[s.size()] = t.focus().name();
      values[s.size() + 1] = seq(t.topics());
      values[s.size() + 2] = seq(t.indicators());
      values[s.size() + 3] = t.negated();
      values[s.size() + 4] = seq(t.evidence());
      tagged.add(RowFactory.create(values));
    }
    ResponseTags r = ResponseTags.of(tags);
    ResponsePolarity.Result polarity =
        polarityInputs.isEmpty() ? null : ResponsePolarity.of(polarityInputs, polarityModel);
    return RowFactory.create(
        text.getAs("text_hash"),
        text.getAs("text_redacted"),
        text.getAs("n_persons"),
        seq(tagged),
        polarity == null ? null : polarity.score(),
        polarity == null ? null : polarity.label(),
        r.focus().name(),
        r.resultsShare(),
        r.processShare(),
        seq(r.topics()),
        seq(r.indicators()));
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
