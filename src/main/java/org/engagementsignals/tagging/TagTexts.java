package org.engagementsignals.tagging;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.engagementsignals.labels.LabelFeatures;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Tags every sentence of an annotated text with the taxonomy, and builds the text's features for
 * the label model ({@link LabelFeatures}). The labels themselves come from the model, applied to
 * these rows afterwards.
 */
public final class TagTexts implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final List<Double> NEUTRAL = List.of(0.0, 0.0, 1.0, 0.0, 0.0);
  private final Tagger tagger;
  private final LabelFeatures features;
  private final boolean sameTaxonomy;

  /**
   * @param tagger the configured taxonomy: topics and evidence
   * @param features the label model's features, built with the taxonomy it was trained with
   */
  public TagTexts(Tagger tagger, LabelFeatures features) {
    this.tagger = tagger;
    this.features = features;
    this.sameTaxonomy =
        tagger
            .taxonomy()
            .fingerprintSource()
            .equals(features.tagger().taxonomy().fingerprintSource());
  }

  @Override
  public Row call(Row text) {
    List<Row> sentences = text.getList(text.fieldIndex("sentences"));
    List<Row> tagged = new ArrayList<>(sentences.size());
    List<SentenceTags> tags = new ArrayList<>(sentences.size());
    List<LabelFeatures.Sentence> featureInput = new ArrayList<>(sentences.size());
    for (Row s : sentences) {
      LabelFeatures.Sentence sentence = sentence(s);
      featureInput.add(sentence);
      // A sentence annotated without sentiment (its text failed CoreNLP's full chain) is tagged as
      // neutral.
      SentenceTags t =
          tagger.tag(
              sentence.lemmas(),
              sentence.pos(),
              sentence.ner(),
              s.isNullAt(s.fieldIndex("sentiment_score"))
                  ? 0.0
                  : s.getDouble(s.fieldIndex("sentiment_score")));
      tags.add(t);
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
    LabelFeatures.Features f = features.of(featureInput, sameTaxonomy ? tags : null);
    java.util.Set<String> topics = new java.util.TreeSet<>();
    tags.forEach(t -> topics.addAll(t.topics()));
    return RowFactory.create(
        text.getAs("text_hash"),
        text.getAs("text_redacted"),
        text.getAs("n_persons"),
        seq(tagged),
        ResponseSentiment.meanScore(sentences),
        seq(List.copyOf(topics)),
        seq(f.terms()),
        Vectors.dense(f.dense()));
  }

  /**
   * A sentence row's annotations, read by field name. A sentence without CoreNLP's sentiment (its
   * text failed the full chain) counts as certainly neutral in the features.
   */
  static LabelFeatures.Sentence sentence(Row s) {
    List<Double> probs =
        s.isNullAt(s.fieldIndex("sentiment_probs"))
            ? NEUTRAL
            : s.getList(s.fieldIndex("sentiment_probs"));
    return new LabelFeatures.Sentence(
        s.getList(s.fieldIndex("lemmas")),
        s.getList(s.fieldIndex("pos")),
        s.getList(s.fieldIndex("ner")),
        probs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
