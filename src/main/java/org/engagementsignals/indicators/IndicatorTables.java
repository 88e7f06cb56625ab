package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.IndicatorMetrics;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;

/**
 * Turns group counts into the published rows: metrics with 95% intervals, deltas against the
 * previous period, and the confidentiality rules. Survey groups are published only with at least k
 * respondents, with complementary suppression over all of them together (org, teams, leaders:
 * {@link ComplementarySuppression}). Reflections are written by named leaders about their own
 * leading, so they are published per leader and for the org without k.
 */
public final class IndicatorTables {
  static final String SURVEY = "survey";

  private IndicatorTables() {}

  /**
   * The rows of {@code indicators/}, in schema order, sorted by source, level and group; why the
   * hidden ones are hidden goes to {@code log}.
   */
  public static List<Row> indicatorRows(
      GroupTable table, List<Row> previousRows, SuppressionLog log) {
    List<GroupCounts> groups = table.groups().stream().filter(IndicatorTables::published).toList();
    Map<String, Row> previous = new HashMap<>();
    for (Row p : previousRows) {
      previous.put(p.getAs("source") + "|" + p.getAs("level") + "|" + p.getAs("group_id"), p);
    }
    List<Row> rows = new ArrayList<>();
    for (GroupCounts g : sorted(groups)) {
      SuppressionReason reason = table.hidden(g);
      if (reason != null) {
        log.add(
            SuppressionLog.INDICATORS,
            g.source(),
            g.level(),
            g.groupId(),
            null,
            reason.code(),
            band(g.respondents(), table.k()));
      }
      rows.add(row(g, reason, previous.get(g.source() + "|" + g.level() + "|" + g.groupId())));
    }
    return rows;
  }

  /** Reflection rows only for leaders and the org; survey rows for every group. */
  static boolean published(GroupCounts g) {
    return published(g.source(), g.level());
  }

  static boolean published(String source, String level) {
    return source.equals(SURVEY) || !level.equals("team");
  }

  static List<GroupCounts> sorted(Collection<GroupCounts> groups) {
    return groups.stream()
        .sorted(
            java.util.Comparator.comparing(GroupCounts::source)
                .thenComparing(g -> levelOrder(g.level()))
                .thenComparing(GroupCounts::groupId))
        .collect(Collectors.toList());
  }

  static int levelOrder(String level) {
    return switch (level) {
      case "org" -> 0;
      case "team" -> 1;
      default -> 2;
    };
  }

  /** Metric name to {value, ci low, ci high} (the bounds NaN when the metric has no interval). */
  static Map<String, double[]> metrics(GroupCounts g) {
    Map<String, double[]> m = new LinkedHashMap<>();
    long n = g.respondents();
    m.put("results_share", shareOfResponses(g.results(), g.responses(), n));
    m.put("process_share", shareOfResponses(g.process(), g.responses(), n));
    m.put("sentiment_mean", plain(ratio(g.score(), g.responses())));
    m.put("sentiment_results", plain(ratio(g.scoreResults(), g.results())));
    m.put("sentiment_process", plain(ratio(g.scoreProcess(), g.process())));
    m.put("connection_index", Intervals.netIndex(g.connPos(), g.connNeg(), n));
    m.put("connection_mention_share", share(g.connPos() + g.connNeg(), n));
    m.put("trust_index", Intervals.netIndex(g.trustPos(), g.trustNeg(), n));
    m.put("trust_mention_share", share(g.trustPos() + g.trustNeg(), n));
    m.put("challenge_personal_share", share(g.personal(), n));
    m.put("challenge_professional_share", share(g.professional(), n));
    return m;
  }

  /**
   * A share of responses, with a Wilson interval computed on respondents rather than responses: one
   * person's responses are not independent, so n = respondents keeps the interval honest
   * (conservative).
   */
  private static double[] shareOfResponses(long hits, long responses, long respondents) {
    if (responses == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double p = (double) hits / responses;
    double[] ci = Intervals.wilson(Math.round(p * respondents), respondents);
    return new double[] {p, Math.min(ci[0], p), Math.max(ci[1], p)};
  }

  private static double[] share(long hits, long n) {
    double[] ci = Intervals.wilson(hits, n);
    return new double[] {n == 0 ? Double.NaN : (double) hits / n, ci[0], ci[1]};
  }

  private static double[] plain(double v) {
    return new double[] {v, Double.NaN, Double.NaN};
  }

  private static double ratio(double a, long b) {
    return b == 0 ? Double.NaN : a / b;
  }

  private static Row row(GroupCounts g, SuppressionReason reason, Row previous) {
    boolean suppressed = reason != null;
    // suppression_reason and respondents_band stay null: only in the operators' suppression/ table.
    RowBuilder row =
        RowBuilder.of(OutputSchemas.INDICATORS)
            .set("level", g.level())
            .set("group_id", g.groupId())
            .set("parent_id", g.parentId())
            .set("source", g.source())
            .set("suppressed", suppressed);
    if (!suppressed) {
      row.set("n_respondents", g.respondents())
          .set("n_responses", g.responses())
          .set("n_sentences", g.sentences());
    }
    Map<String, double[]> metrics = metrics(g);
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      double[] x = metrics.get(m.name());
      if (!suppressed) {
        row.set(m.name(), nullable(x[0]));
        if (m.interval()) {
          row.set(m.name() + "_ci_low", nullable(x[1])).set(m.name() + "_ci_high", nullable(x[2]));
        }
      }
      Double before = previous == null ? null : (Double) previous.getAs(m.name());
      boolean comparable = !suppressed && before != null && !Double.isNaN(x[0]);
      if (comparable) {
        row.set(m.name() + "_delta", x[0] - before);
      }
      if (m.interval()) {
        Double low = comparable ? previous.getAs(m.name() + "_ci_low") : null;
        Double high = comparable ? previous.getAs(m.name() + "_ci_high") : null;
        if (low != null && high != null) {
          row.set(
              m.name() + "_changed",
              Intervals.changed(new double[] {low, high}, new double[] {x[1], x[2]}));
        }
      }
    }
    return row.build();
  }

  private static Double nullable(double x) {
    return Double.isNaN(x) ? null : x;
  }

  /** A count as a range, for operators: {@code <5}, {@code 5-9}, {@code 10-19}, ... */
  static String band(long n, int k) {
    if (n < k) {
      return "<" + k;
    }
    long[] edges = {10, 20, 50, 100, 250, 500, 1000};
    long low = k;
    for (long edge : edges) {
      if (edge <= low) {
        continue;
      }
      if (n < edge) {
        return low + "-" + (edge - 1);
      }
      low = edge;
    }
    return low + "+";
  }
}
