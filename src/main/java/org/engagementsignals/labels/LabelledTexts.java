package org.engagementsignals.labels;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.ingest.PiiRedactor;
import org.engagementsignals.ingest.TextNormalizer;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.tagging.TagTexts;
import org.engagementsignals.tagging.TaggedRows;

/**
 * Gold units through the job's own text path: normalised and redacted as at ingest, annotated by
 * the job's annotation stage (with its cache, so a second training or evaluation annotates
 * nothing), and tagged into the label model's features.
 */
public final class LabelledTexts {

  /** A gold unit and the hash of its text as the job would see it. */
  public record Unit(GoldUnit gold, String textHash) {}

  private static final StructType RECORDS =
      new StructType().add("text_hash", StringType, false).add("text", StringType, false);

  private LabelledTexts() {}

  /** The units with the hash of their prepared text. */
  public static List<Unit> units(List<GoldUnit> gold) {
    List<Unit> out = new ArrayList<>(gold.size());
    for (GoldUnit g : gold) {
      out.add(new Unit(g, Sha256.hex(prepared(g.text()))));
    }
    return out;
  }

  /** The text as the job annotates it: normalised, contact details replaced. */
  static String prepared(String text) {
    return PiiRedactor.redact(TextNormalizer.normalize(text)).text();
  }

  /**
   * One row per distinct text: {@code text_hash} and the feature columns, materialised and
   * persisted (the caller unpersists).
   *
   * @param cache the annotation cache folder ({@code Annotate.cacheLocation}), or null for none
   */
  public static Dataset<Row> features(
      SparkSession spark,
      List<GoldUnit> gold,
      LabelFeatures features,
      NlpSettings nlp,
      String cache,
      PrintStream progress) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (GoldUnit g : gold) {
      String text = prepared(g.text());
      texts.putIfAbsent(Sha256.hex(text), text);
    }
    List<Row> rows = new ArrayList<>(texts.size());
    texts.forEach((hash, text) -> rows.add(RowFactory.create(hash, text)));
    Dataset<Row> records = spark.createDataFrame(rows, RECORDS);
    Annotate.Result annotated = Annotate.run(spark, records, rows.size(), nlp, cache, progress);
    Dataset<Row> out =
        annotated
            .texts()
            .map(new TagTexts(features.tagger(), features), Encoders.row(TaggedRows.TEXT))
            .select("text_hash", LabelColumns.TERMS, LabelColumns.DENSE)
            .persist(StorageLevel.MEMORY_AND_DISK());
    out.count();
    annotated.texts().unpersist();
    return out;
  }
}
