package org.engagementsignals.nlp;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.RowBuilder;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The annotation stage's row schemas and how a {@link TextAnnotation} becomes a row: one row per
 * distinct text, its sentences nested. A sentence annotated without sentiment ({@code
 * sentiment_method = failed}) has null sentiment fields; a text the full chain failed on names the
 * cause in {@code failure}.
 */
public final class AnnotationSchema {

  public static final StructType SENTENCE =
      new StructType()
          .add("sentence_index", IntegerType, false)
          .add("text_redacted", StringType, false)
          .add("n_tokens", IntegerType, false)
          .add("tokens", createArrayType(StringType, false), false)
          .add("lemmas", createArrayType(StringType, false), false)
          .add("pos", createArrayType(StringType, false), false)
          .add("ner", createArrayType(StringType, false), false)
          .add("sentiment", IntegerType, true)
          .add("sentiment_probs", createArrayType(DoubleType, false), true)
          .add("sentiment_score", DoubleType, true)
          .add("sentiment_method", StringType, false);

  public static final StructType TEXT =
      new StructType()
          .add("text_hash", StringType, false)
          .add("text_redacted", StringType, false)
          .add("n_persons", IntegerType, false)
          .add("sentences", createArrayType(SENTENCE, false), false)
          .add("failure", StringType, true);

  private AnnotationSchema() {}

  static Row toRow(String textHash, TextAnnotation a) {
    List<Row> sentences = new ArrayList<>(a.sentences().size());
    for (SentenceAnnotation s : a.sentences()) {
      RowBuilder sentence =
          RowBuilder.of(SENTENCE)
              .set("sentence_index", s.index())
              .set("text_redacted", s.textRedacted())
              .set("n_tokens", s.tokens().size())
              .set("tokens", seq(s.tokens()))
              .set("lemmas", seq(s.lemmas()))
              .set("pos", seq(s.pos()))
              .set("ner", seq(s.ner()))
              .set("sentiment_method", s.method());
      if (s.scored()) {
        Double[] probs = new Double[s.probabilities().length];
        for (int i = 0; i < probs.length; i++) {
          probs[i] = s.probabilities()[i];
        }
        sentence
            .set("sentiment", s.sentiment())
            .set("sentiment_probs", seq(List.of(probs)))
            .set("sentiment_score", s.score());
      }
      sentences.add(sentence.build());
    }
    return RowBuilder.of(TEXT)
        .set("text_hash", textHash)
        .set("text_redacted", a.textRedacted())
        .set("n_persons", a.personsRedacted())
        .set("sentences", seq(sentences))
        .set("failure", a.failure())
        .build();
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
