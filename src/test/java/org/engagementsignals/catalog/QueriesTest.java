package org.engagementsignals.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.ThreeMonths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question of docs/queries.md runs in Spark SQL (over the views) and in DuckDB (over the
 * Hive-partitioned Parquet, through its JDBC driver) on three real published months; both must
 * return rows, and the same rows.
 */
@Tag("nlp")
@ExtendWith({SharedSpark.class, ThreeMonths.class})
class QueriesTest {
  private static final Path DOC = Path.of("docs/queries.md");
  private static final Pattern QUESTION =
      Pattern.compile(
          "^## (\\d+)\\. (.+?)$.*?```sql\\n-- spark\\n(.*?)```.*?```sql\\n-- duckdb\\n(.*?)```",
          Pattern.MULTILINE | Pattern.DOTALL);

  record Question(int number, String title, String spark, String duckdb) {
    @Override
    public String toString() {
      return number + ". " + title;
    }
  }

  static Stream<Question> questions() throws Exception {
    Matcher m = QUESTION.matcher(Files.readString(DOC));
    List<Question> questions = new ArrayList<>();
    while (m.find()) {
      questions.add(new Question(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4)));
    }
    return questions.stream();
  }

  @Test
  void theDocAsksTenQuestionsEachInBothEngines() throws Exception {
    assertThat(questions().map(Question::number)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void bothEnginesGiveTheSameRows(Question q, ThreeMonths.Published published) throws Exception {
    SqlViews.register(published.spark(), published.output().toString());
    List<List<String>> spark = new ArrayList<>();
    for (Row row : published.spark().sql(q.spark()).collectAsList()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(normalise(row.get(i)));
      }
      spark.add(values);
    }
    String duckdbSql =
        q.duckdb().replace("'output/", "'" + published.output().toAbsolutePath() + "/");
    List<List<String>> duckdb = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(duckdbSql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(normalise(rs.getObject(i)));
        }
        duckdb.add(values);
      }
    }
    assertThat(spark).as("Spark's rows").isNotEmpty();
    assertThat(duckdb).as("DuckDB's rows against Spark's").isEqualTo(spark);
  }

  /** Numbers to 6 decimals (the engines sum doubles in different orders), the rest as text. */
  private static String normalise(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString())
          .setScale(6, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    return v.toString();
  }
}
