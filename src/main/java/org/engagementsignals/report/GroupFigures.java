package org.engagementsignals.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.IndicatorMetrics;

/**
 * One row of {@code indicators/} as the report sees it. A row with {@code suppressed = true} is
 * hidden, and nothing else of it is kept: whatever a suppressed row holds never reaches a page.
 */
public record GroupFigures(
    String period,
    String level,
    String groupId,
    String source,
    boolean hidden,
    Long respondents,
    Map<String, Estimate> metrics) {

  public static final String ORG = "org";
  public static final String TEAM = "team";
  public static final String LEADER = "leader";
  public static final String SURVEY = "survey";

  /** The only columns the report reads: never a size band or a suppression reason. */
  public static List<String> columns() {
    List<String> columns =
        new ArrayList<>(
            List.of("period", "level", "group_id", "source", "suppressed", "n_respondents"));
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      columns.add(m.name());
      columns.add(m.name() + "_delta");
      if (m.interval()) {
        columns.add(m.name() + "_ci_low");
        columns.add(m.name() + "_ci_high");
        columns.add(m.name() + "_changed");
      }
    }
    return columns;
  }

  public static GroupFigures of(Row row) {
    boolean hidden = !Boolean.FALSE.equals(row.getAs("suppressed"));
    Map<String, Estimate> metrics = new LinkedHashMap<>();
    if (!hidden) {
      for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
        metrics.put(
            m.name(),
            new Estimate(
                row.getAs(m.name()),
                m.interval() ? row.getAs(m.name() + "_ci_low") : null,
                m.interval() ? row.getAs(m.name() + "_ci_high") : null,
                row.getAs(m.name() + "_delta"),
                m.interval() ? row.getAs(m.name() + "_changed") : null));
      }
    }
    return new GroupFigures(
        row.getAs("period"),
        row.getAs("level"),
        row.getAs("group_id"),
        row.getAs("source"),
        hidden,
        hidden ? null : row.getAs("n_respondents"),
        Map.copyOf(metrics));
  }

  public Estimate metric(String name) {
    return hidden ? Estimate.NONE : metrics.getOrDefault(name, Estimate.NONE);
  }

  public boolean isSurvey() {
    return SURVEY.equals(source);
  }
}
