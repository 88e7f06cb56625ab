package org.engagementsignals.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.contract.IndicatorMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages rendered from hand-made group rows: confidentiality, escaping, accuracy, wording. */
class ReportBuilderTest {
  private static final YearMonth OCT = YearMonth.of(2026, 10);
  private static final ReportStyle STYLE = ReportStyle.load();

  @Test
  void aSuppressedRowIsHiddenWhateverElseItHolds() {
    // A suppressed row that (wrongly) still carries numbers: none of them may reach the page.
    GroupFigures leaked = group("leader", "L777", true, 4L, 0.987654);
    assertThat(leaked.hidden()).isTrue();
    assertThat(leaked.respondents()).isNull();
    assertThat(leaked.metric("trust_index").value()).isNull();
    ReportInputs in = inputs(List.of(group("org", "org", false, 40L, 0.25), leaked));
    String html =
        ReportWriter.render(
            ReportBuilder.build(in, new ReportScope("leader", "L777"), List.of(), options()));
    assertThat(html)
        .contains(ReportBuilder.HIDDEN)
        .doesNotContain("99%")
        .doesNotContain("0.99")
        .doesNotContain("n = 4");
  }

  @Test
  void employeeTextIsEscapedAndTheStylesheetIsAdmittedByItsHash() {
    ReportInputs in = inputs(List.of(group("org", "org", false, 40L, 0.25)));
    Quote quote =
        new Quote("one_on_ones", "Ops/<b>x</b>", "ok </script><img src=x onerror=alert(1)>");
    String html =
        ReportWriter.render(
            ReportBuilder.build(
                in,
                ReportScope.ORG,
                List.of(quote),
                new ReportBuilder.Options(true, 10, STYLE, List.of())));
    assertThat(html)
        .doesNotContain("<img")
        .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<b>x</b>");
    assertThat(html).contains("<style>" + STYLE.css() + "</style>");
    assertThat(STYLE.contentSecurityPolicy())
        .startsWith("default-src 'none'; style-src 'sha256-")
        .isEqualTo(ReportStyle.policyFor(STYLE.css()));
    assertThat(html).doesNotContain("style=\"").doesNotContain("<script");
  }

  @Test
  void theAccuracyIsShownWhereKnownAndSaidToBeUnknownOtherwise(@TempDir Path dir) throws Exception {
    String unknown =
        ReportWriter.render(
            ReportBuilder.build(
                inputs(List.of(group("org", "org", false, 40L, 0.25))),
                ReportScope.ORG,
                List.of(),
                options()));
    assertThat(unknown).contains("is not known");
    assertThat(LabelAccuracy.load("/no/such/accuracy.json")).isEmpty();
    assertThat(LabelAccuracy.load("")).isEmpty();

    Optional<LabelAccuracy> known =
        LabelAccuracy.load("src/test/resources/ReportBrowserTest/accuracy.json");
    assertThat(known).isPresent();
    assertThat(known.get().metrics().get(0).value()).isEqualTo(0.81);

    Path broken = dir.resolve("accuracy.json");
    Files.writeString(broken, "{\"split\": \"test\"}");
    assertThatThrownBy(() -> LabelAccuracy.load(broken.toString()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("signals.report.accuracy-file")
        .hasMessageContaining(broken.toString());
  }

  @Test
  void theGlossarySaysWhatDocsIndicatorsSays() throws Exception {
    String docs = Files.readString(Path.of("docs/indicators.md"));
    for (Glossary.Entry e : Glossary.INDICATORS) {
      assertThat(docs).as(e.name()).contains("| " + e.plainWords() + " |");
    }
  }

  @Test
  void aChangeIsFlaggedOnlyWhenTheIntervalsSaySo() {
    ReportInputs in = inputs(List.of(group("org", "org", false, 40L, 0.25)));
    ReportPage page = ReportBuilder.build(in, ReportScope.ORG, List.of(), options());
    // group(...) marks trust as changed and connection as not.
    assertThat(page.headline().get(2).changed()).isTrue();
    assertThat(page.headline().get(2).change()).contains("a real change");
    assertThat(page.headline().get(3).changed()).isFalse();
    assertThat(page.headline().get(3).change()).contains("within the noise");
  }

  private static ReportBuilder.Options options() {
    return new ReportBuilder.Options(false, 10, STYLE, List.of());
  }

  private static ReportInputs inputs(List<GroupFigures> groups) {
    return new ReportInputs(OCT, groups, List.of(), List.of(), Optional.empty());
  }

  /** A group whose every metric is {@code value}, with trust changed and connection not. */
  private static GroupFigures group(
      String level, String id, boolean suppressed, Long n, double value) {
    Map<String, Object> row = new HashMap<>();
    row.put("period", OCT.toString());
    row.put("level", level);
    row.put("group_id", id);
    row.put("source", "survey");
    row.put("suppressed", suppressed);
    row.put("n_respondents", n);
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      row.put(m.name(), value);
      row.put(m.name() + "_delta", 0.1);
      if (m.interval()) {
        row.put(m.name() + "_ci_low", value - 0.1);
        row.put(m.name() + "_ci_high", value + 0.1);
        row.put(m.name() + "_changed", m.name().equals("trust_index"));
      }
    }
    List<String> columns = GroupFigures.columns();
    Object[] values = columns.stream().map(row::get).toArray();
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType(
            columns.stream()
                .map(
                    c ->
                        new org.apache.spark.sql.types.StructField(
                            c,
                            typeOf(row.get(c)),
                            true,
                            org.apache.spark.sql.types.Metadata.empty()))
                .toArray(org.apache.spark.sql.types.StructField[]::new));
    return GroupFigures.of(
        new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema));
  }

  private static org.apache.spark.sql.types.DataType typeOf(Object v) {
    if (v instanceof Boolean) {
      return org.apache.spark.sql.types.DataTypes.BooleanType;
    }
    if (v instanceof Long) {
      return org.apache.spark.sql.types.DataTypes.LongType;
    }
    if (v instanceof Double) {
      return org.apache.spark.sql.types.DataTypes.DoubleType;
    }
    return org.apache.spark.sql.types.DataTypes.StringType;
  }
}
