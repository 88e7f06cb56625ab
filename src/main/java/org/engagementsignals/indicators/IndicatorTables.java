package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.engagementsignals.contract.IndicatorMetrics;
import org.engagementsignals.contract.OutputSchemas;

/**
 * Turns group counts into the published rows: metrics with 95% intervals, deltas against the
 * previous period, and the confidentiality rules. Survey groups are published only with at least k
 * respondents, with complementary suppression over the team tree (org, A, A/B, ...) and over the
 * leaders (children of the org). Reflections are written by named leaders about their own leading,
 * so they are published per leader and for the org without k.
 */
public final class IndicatorTables {
  static final String SURVEY = "survey";

  private IndicatorTables() {}

  /**
   * Which survey groups to hide, by {@link GroupCounts#key()}. Complementary suppression runs over
   * the team tree and over the leaders (children of the org). The two overlap: a leader's group is
   * often exactly a team. Groups with the same members share one decision, so when one of them is
   * hidden the others are hidden too (entering the suppression with 0 respondents, i.e. as part of
   * their parent's hidden remainder) and both trees are checked again, until nothing changes.
   */
  static Map<String, SuppressionReason> suppression(Collection<GroupCounts> groups, int k) {
    List<GroupCounts> survey = groups.stream().filter(g -> g.source().equals(SURVEY)).toList();
    Map<String, SuppressionReason> forced = new HashMap<>();
    while (true) {
      Map<String, SuppressionReason> hidden = suppressTrees(survey, forced, k);
      Map<String, SuppressionReason> more = new HashMap<>();
      for (GroupCounts g : survey) {
        if (hidden.containsKey(g.key()) || g.membersHash() == null) {
          continue;
        }
        boolean aliasHidden =
            survey.stream()
                .anyMatch(
                    o -> hidden.containsKey(o.key()) && g.membersHash().equals(o.membersHash()));
        if (aliasHidden) {
          more.put(g.key(), SuppressionReason.COMPLEMENTARY);
        }
      }
      if (more.isEmpty()) {
        return hidden;
      }
      forced.putAll(more);
    }
  }

  private static Map<String, SuppressionReason> suppressTrees(
      List<GroupCounts> survey, Map<String, SuppressionReason> forced, int k) {
    List<ComplementarySuppression.Group> teamTree = new ArrayList<>();
    List<ComplementarySuppression.Group> leaderTree = new ArrayList<>();
    for (GroupCounts g : survey) {
      GroupCounts counted = forced.containsKey(g.key()) ? g.hidden() : g;
      ComplementarySuppression.Group node =
          new ComplementarySuppression.Group(g.key(), g.parentKey(), counted.respondents());
      switch (g.level()) {
        case "org" -> {
          teamTree.add(node);
          leaderTree.add(node);
        }
        case "team" -> teamTree.add(node);
        default -> leaderTree.add(node);
      }
    }
    Map<String, SuppressionReason> hidden =
        new HashMap<>(ComplementarySuppression.suppress(teamTree, k));
    ComplementarySuppression.suppress(leaderTree, k).forEach(hidden::putIfAbsent);
    // A group hidden only because an alias was hidden is complementary, not small.
    forced.forEach((key, reason) -> hidden.put(key, reason));
    return hidden;
  }

  /** The rows of {@code indicators/}, in schema order, sorted by source, level and group. */
  public static List<Row> indicatorRows(GroupTable table, List<Row> previousRows) {
    List<GroupCounts> groups = table.groups().stream().filter(IndicatorTables::published).toList();
    Map<String, Row> previous = new HashMap<>();
    for (Row p : previousRows) {
      previous.put(p.getAs("source") + "|" + p.getAs("level") + "|" + p.getAs("group_id"), p);
    }
    List<Row> rows = new ArrayList<>();
    for (GroupCounts g : sorted(groups)) {
      rows.add(
          row(
              g,
              table.hidden(g),
              previous.get(g.source() + "|" + g.level() + "|" + g.groupId()),
              table.k()));
    }
    return rows;
  }

  /** Reflection rows only for leaders and the org; survey rows for every group. */
  static boolean published(GroupCounts g) {
    return g.source().equals(SURVEY) || !g.level().equals("team");
  }

  static List<GroupCounts> sorted(Collection<GroupCounts> groups) {
    return groups.stream()
        .sorted(
            java.util.Comparator.comparing(GroupCounts::source)
                .thenComparing(g -> levelOrder(g.level()))
                .thenComparing(GroupCounts::groupId))
        .collect(Collectors.toList());
  }

  private static int levelOrder(String level) {
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

  private static Row row(GroupCounts g, SuppressionReason reason, Row previous, int k) {
    List<Object> v = new ArrayList<>();
    boolean suppressed = reason != null;
    v.add(g.level());
    v.add(g.groupId());
    v.add(g.parentId());
    v.add(g.source());
    v.add(suppressed);
    v.add(suppressed ? reason.code() : null);
    v.add(band(g.respondents(), k));
    v.add(suppressed ? null : g.respondents());
    v.add(suppressed ? null : g.responses());
    v.add(suppressed ? null : g.sentences());
    Map<String, double[]> metrics = metrics(g);
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      double[] x = metrics.get(m.name());
      v.add(suppressed ? null : nullable(x[0]));
      if (m.interval()) {
        v.add(suppressed ? null : nullable(x[1]));
        v.add(suppressed ? null : nullable(x[2]));
      }
    }
    for (IndicatorMetrics.Metric m : IndicatorMetrics.ALL) {
      double[] x = metrics.get(m.name());
      Double before = previous == null ? null : (Double) previous.getAs(m.name());
      boolean comparable = !suppressed && before != null && !Double.isNaN(x[0]);
      v.add(comparable ? x[0] - before : null);
      if (m.interval()) {
        Double low = comparable ? previous.getAs(m.name() + "_ci_low") : null;
        Double high = comparable ? previous.getAs(m.name() + "_ci_high") : null;
        v.add(
            low == null || high == null
                ? null
                : Intervals.changed(new double[] {low, high}, new double[] {x[1], x[2]}));
      }
    }
    if (v.size() != OutputSchemas.INDICATORS.size()) {
      throw new IllegalStateException(
          "indicator row has "
              + v.size()
              + " values for "
              + OutputSchemas.INDICATORS.size()
              + " columns");
    }
    return RowFactory.create(v.toArray());
  }

  private static Double nullable(double x) {
    return Double.isNaN(x) ? null : x;
  }

  /** A count shown as a range, so a suppressed row does not give away its exact size. */
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
