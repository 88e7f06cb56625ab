package org.engagementsignals.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.ThreeMonths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The views over three real published months: names, comments, pruning, datapackage.json. */
@Tag("nlp")
@ExtendWith({SharedSpark.class, ThreeMonths.class})
class SqlViewsTest {

  @Test
  void everyOutputIsAViewWithItsMonthsAndItsColumnComments(ThreeMonths.Published published) {
    SparkSession spark = published.spark();
    assertThat(SqlViews.register(spark, published.output().toString()))
        .containsExactly("responses", "sentences", "indicators", "topics", "say_hear", "runs");
    List<String> periods =
        spark.sql("SELECT DISTINCT period FROM indicators ORDER BY period").collectAsList().stream()
            .map(r -> r.<String>getAs("period"))
            .toList();
    assertThat(periods).containsExactly("2026-08", "2026-09", "2026-10");
    assertThat(spark.sql("SELECT count(*) AS n FROM runs").first().<Long>getAs("n")).isEqualTo(3);

    List<Row> described = spark.sql("DESCRIBE indicators").collectAsList();
    Row trust =
        described.stream()
            .filter(r -> r.getAs("col_name").equals("trust_index_changed"))
            .findFirst()
            .orElseThrow();
    assertThat(trust.<String>getAs("comment"))
        .contains("95% intervals of trust_index do not overlap");
    Row period =
        described.stream()
            .filter(r -> r.getAs("col_name").equals("period"))
            .findFirst()
            .orElseThrow();
    assertThat(period.<String>getAs("comment")).contains("period=YYYY-MM");
  }

  @Test
  void theFilesCarryTheCommentsToo(ThreeMonths.Published published) {
    var schema =
        published
            .spark()
            .read()
            .parquet(published.output().resolve("responses").toString())
            .schema();
    assertThat(schema.apply("respondent_key").getComment().get()).contains("HMAC-SHA256");
  }

  @Test
  void aFilterOnPeriodReadsOnlyThatMonth(ThreeMonths.Published published) {
    SparkSession spark = published.spark();
    SqlViews.register(spark, published.output().toString());
    String plan =
        spark
            .sql("SELECT count(*) FROM sentences WHERE period = '2026-09'")
            .queryExecution()
            .executedPlan()
            .toString();
    assertThat(plan).containsPattern("PartitionFilters: \\[[^\\]]*period[^\\]]*2026-09");
    assertThat(plan).contains("PartitionFilters");
  }

  @Test
  void theDataPackageListsEveryTableWithItsFilesAndDescriptions(ThreeMonths.Published published)
      throws Exception {
    var file =
        DataPackage.write(
            published.output().toString(), published.spark().sparkContext().hadoopConfiguration());
    JsonNode pkg =
        new ObjectMapper()
            .readTree(Files.readString(published.output().resolve("datapackage.json")));
    assertThat(file.getName()).isEqualTo("datapackage.json");
    assertThat(pkg.path("resources").findValuesAsText("name"))
        .contains("responses", "sentences", "indicators", "topics", "say_hear", "runs")
        .doesNotContain("quarantine");
    for (JsonNode resource : pkg.path("resources")) {
      assertThat(resource.path("path")).isNotEmpty();
      for (JsonNode path : resource.path("path")) {
        assertThat(published.output().resolve(path.asText())).exists();
        assertThat(path.asText()).endsWith(".parquet").doesNotStartWith("/");
      }
      for (JsonNode field : resource.path("schema").path("fields")) {
        assertThat(field.path("description").asText()).as(field.toString()).isNotBlank();
      }
    }
  }
}
