package org.engagementsignals.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementsignals.report.chart.BalanceBars;
import org.engagementsignals.report.chart.Chart;
import org.engagementsignals.report.chart.Figures;
import org.engagementsignals.report.chart.HeatMap;
import org.engagementsignals.report.chart.PairedBars;
import org.engagementsignals.report.chart.SignedBars;
import org.engagementsignals.report.chart.TrendLines;

/**
 * Builds one page from the month's inputs, in the order a leader reads: the headline, results vs
 * process per team, trust and connection over the months, the heat map, topics, say vs hear,
 * challenges, and how to read it. Pure: no Spark, no files.
 */
public final class ReportBuilder {

  /** The one thing a hidden group ever shows: never a value, a band or the rule that hid it. */
  public static final String HIDDEN = "not shown: too few respondents to keep answers anonymous";

  private static final List<HeatMap.Column> HEAT_COLUMNS =
      List.of(
          new HeatMap.Column("results", "share", "results share", false),
          new HeatMap.Column("process", "share", "process share", false),
          new HeatMap.Column("tone", "", "tone", true),
          new HeatMap.Column("trust", "index", "trust index", true),
          new HeatMap.Column("connection", "index", "connection index", true),
          new HeatMap.Column("personal", "challenges", "personal challenges", false),
          new HeatMap.Column("professional", "challenges", "professional challenges", false));
  private static final List<String> HEAT_METRICS =
      List.of(
          "results_share",
          "process_share",
          "sentiment_mean",
          "trust_index",
          "connection_index",
          "challenge_personal_share",
          "challenge_professional_share");

  private ReportBuilder() {}

  /** What a page needs besides the inputs. */
  public record Options(
      boolean quotesEnabled, int topTopics, ReportStyle style, List<ReportPage.Link> links) {}

  public static ReportPage build(
      ReportInputs in, ReportScope scope, List<Quote> quotes, Options options) {
    String month = in.month().toString();
    GroupFigures group =
        in.survey(month, scope.level(), scope.groupId())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no survey figures for " + scope.label() + " in " + month));
    List<GroupFigures> rows = comparedRows(in, scope, group);
    String previous = in.month().minusMonths(1).toString();
    List<ReportPage.Figure> figures = new ArrayList<>();
    figures.add(balance(rows));
    figures.add(trends(in, scope));
    figures.add(heatMap(rows));
    figures.add(topics(in, scope, quotes, options.topTopics()));
    figures.add(sayHear(in, scope));
    figures.add(challenges(rows));
    return new ReportPage(
        "Engagement signals, " + month + ": " + scope.label(),
        scope.label(),
        month,
        coverage(in, group),
        options.style().contentSecurityPolicy(),
        options.style().css(),
        HIDDEN,
        List.of(
            shareCard("Results share", group.metric("results_share"), group, previous),
            shareCard("Process share", group.metric("process_share"), group, previous),
            indexCard("Trust index", group.metric("trust_index"), group, previous),
            indexCard("Connection index", group.metric("connection_index"), group, previous)),
        previous,
        figures,
        options.quotesEnabled(),
        Glossary.INDICATORS,
        in.accuracy().orElse(null),
        options.links());
  }

  /** The topics a page shows, most mentioned first: also what quotes are asked for. */
  public static List<TopicFigures> topTopics(ReportInputs in, ReportScope scope, int limit) {
    return in.topics().stream()
        .filter(
            t ->
                t.level().equals(scope.level())
                    && t.groupId().equals(scope.groupId())
                    && GroupFigures.SURVEY.equals(t.source())
                    && !t.hidden()
                    && t.share() != null)
        .sorted(
            java.util.Comparator.comparing(TopicFigures::share)
                .reversed()
                .thenComparing(TopicFigures::topic))
        .limit(limit)
        .toList();
  }

  /**
   * The organisation's page compares all teams; a leader's or team's page compares it with the org.
   */
  private static List<GroupFigures> comparedRows(
      ReportInputs in, ReportScope scope, GroupFigures group) {
    String month = in.month().toString();
    Optional<GroupFigures> org = in.survey(month, GroupFigures.ORG, "org");
    List<GroupFigures> rows = new ArrayList<>();
    if (scope.isOrg()) {
      rows.add(group);
      rows.addAll(in.surveyLevel(GroupFigures.TEAM));
    } else {
      rows.add(group);
      org.ifPresent(rows::add);
    }
    return rows;
  }

  private static String label(GroupFigures g) {
    return switch (g.level()) {
      case GroupFigures.ORG -> "Whole organisation";
      case GroupFigures.LEADER -> "Leader " + g.groupId();
      default -> g.groupId();
    };
  }

  private static String coverage(ReportInputs in, GroupFigures group) {
    List<String> months = in.months();
    String span =
        months.size() == 1
            ? "1 month in the output (" + months.get(0) + ")"
            : months.size()
                + " months in the output ("
                + months.get(0)
                + " to "
                + months.get(months.size() - 1)
                + ")";
    if (group.hidden()) {
      return "Survey answers: " + HIDDEN + ". " + span + ".";
    }
    return "Survey answers from " + group.respondents() + " people. " + span + ".";
  }

  private static ReportPage.Card shareCard(
      String name, Estimate e, GroupFigures g, String previous) {
    if (g.hidden()) {
      return hiddenCard(name);
    }
    return new ReportPage.Card(
        name,
        false,
        Figures.percent(e.value()),
        "95% interval " + Figures.percentRange(e.low(), e.high()),
        "n = " + g.respondents(),
        change(Figures.points(e.delta()), e, previous),
        e.changedForReal());
  }

  private static ReportPage.Card indexCard(
      String name, Estimate e, GroupFigures g, String previous) {
    if (g.hidden()) {
      return hiddenCard(name);
    }
    return new ReportPage.Card(
        name,
        false,
        Figures.signed(e.value()),
        "95% interval " + Figures.signedRange(e.low(), e.high()),
        "n = " + g.respondents(),
        change(Figures.signed(e.delta()), e, previous),
        e.changedForReal());
  }

  private static ReportPage.Card hiddenCard(String name) {
    return new ReportPage.Card(name, true, HIDDEN, "", "", "", false);
  }

  private static String change(String delta, Estimate e, String previous) {
    if (e.delta() == null) {
      return "no figure for " + previous + " to compare with";
    }
    return delta
        + " since "
        + previous
        + (e.changedForReal()
            ? ": a real change (the two months' intervals do not overlap)"
            : ": within the noise (the intervals overlap)");
  }

  private static ReportPage.Figure balance(List<GroupFigures> rows) {
    Chart chart =
        BalanceBars.build(
            "balance",
            "Results talk and process talk, by group",
            "For each group, the share of answers about results drawn to the left of the centre"
                + " line and the share about process to the right.",
            "results",
            "process",
            rows.stream()
                .map(
                    g ->
                        new BalanceBars.Row(
                            label(g),
                            g.metric("results_share").value(),
                            g.metric("process_share").value(),
                            g.hidden()))
                .toList(),
            HIDDEN);
    return new ReportPage.Figure(
        "balance",
        "Process vs results, by team",
        "The share of answers about results (targets, numbers, deadlines) to the left, and about"
            + " process (how the work is done) to the right. An answer about both counts on both"
            + " sides; the rest is about neither.",
        chart,
        "",
        List.of());
  }

  private static ReportPage.Figure trends(ReportInputs in, ReportScope scope) {
    List<String> months = in.months();
    List<Boolean> hidden = new ArrayList<>();
    List<TrendLines.Point> trust = new ArrayList<>();
    List<TrendLines.Point> connection = new ArrayList<>();
    for (String m : months) {
      Optional<GroupFigures> g = in.survey(m, scope.level(), scope.groupId());
      hidden.add(g.map(GroupFigures::hidden).orElse(false));
      trust.add(point(g.map(x -> x.metric("trust_index")).orElse(Estimate.NONE)));
      connection.add(point(g.map(x -> x.metric("connection_index")).orElse(Estimate.NONE)));
    }
    Chart chart =
        TrendLines.build(
            "trends",
            "Trust and connection over the months, " + scope.label(),
            "Trust index and connection index for each month in the output, from -1 to +1, each"
                + " with its 95% interval as a shaded band.",
            months,
            hidden,
            List.of(
                new TrendLines.Series("Trust", "s-trust", trust),
                new TrendLines.Series("Connection", "s-connection", connection)),
            HIDDEN);
    return new ReportPage.Figure(
        "trends",
        "Trust and connection over the months",
        "Each line is the monthly index, from -1 (everyone who raised it was negative) to +1; the"
            + " shaded band is its 95% interval. Where two months' bands do not overlap, the change"
            + " is unlikely to be noise.",
        chart,
        "",
        List.of());
  }

  private static TrendLines.Point point(Estimate e) {
    return new TrendLines.Point(e.value(), e.low(), e.high());
  }

  private static ReportPage.Figure heatMap(List<GroupFigures> rows) {
    Chart chart =
        HeatMap.build(
            "heatmap",
            "Every indicator, by group",
            "A grid of groups by indicators; each cell gives the value and the number of"
                + " respondents it rests on. Darker blue means a larger share or a more positive"
                + " index, orange a more negative one.",
            HEAT_COLUMNS,
            rows.stream()
                .map(
                    g ->
                        new HeatMap.Row(
                            label(g),
                            g.hidden(),
                            g.respondents(),
                            HEAT_METRICS.stream().map(m -> g.metric(m).value()).toList()))
                .toList(),
            HIDDEN);
    return new ReportPage.Figure(
        "heatmap",
        "Team by indicator",
        "Shares in blue (darker: more people or sentences), tone and indexes from orange (negative)"
            + " to blue (positive). Each cell shows the number of respondents (n) it rests on:"
            + " small n, wide interval.",
        chart,
        "",
        List.of());
  }

  private static ReportPage.Figure topics(
      ReportInputs in, ReportScope scope, List<Quote> quotes, int limit) {
    List<TopicFigures> top = topTopics(in, scope, limit);
    String intro =
        "The topics most people mention, with the tone of the sentences that mention them (left:"
            + " negative, right: positive). Topics that too few people mention are not shown.";
    if (top.isEmpty()) {
      return new ReportPage.Figure(
          "topics",
          "Top topics and their tone",
          intro,
          null,
          "No topic is mentioned by enough people to be shown.",
          quotes);
    }
    Chart chart =
        SignedBars.build(
            "topics",
            "Top topics and their tone, " + scope.label(),
            "For each of the most mentioned topics, the mean tone of the sentences that mention it"
                + " (-1 to +1; the axis spans the largest tone shown), and the share of people who"
                + " mention it.",
            "tone",
            "people who mention it",
            top.stream()
                .map(
                    t ->
                        new SignedBars.Row(
                            t.topic().replace('_', ' '),
                            Figures.percent(t.share()) + " of people",
                            t.sentiment()))
                .toList());
    return new ReportPage.Figure("topics", "Top topics and their tone", intro, chart, "", quotes);
  }

  private static ReportPage.Figure sayHear(ReportInputs in, ReportScope scope) {
    List<SayHear> rows =
        in.sayHear().stream()
            .filter(
                s ->
                    scope.isOrg()
                        || (scope.level().equals(GroupFigures.LEADER)
                            && s.leaderId().equals(scope.groupId())))
            .toList();
    String intro =
        "How much of what leaders write in their reflections is about process (say), against how"
            + " much of what their team writes is (hear). A large gap is worth a conversation.";
    if (rows.isEmpty()) {
      return new ReportPage.Figure(
          "sayhear",
          "Say vs hear, per leader",
          intro,
          null,
          scope.isOrg() || scope.level().equals(GroupFigures.LEADER)
              ? "No reflection was written this month."
              : "Say vs hear is shown per leader.",
          List.of());
    }
    Chart chart =
        PairedBars.build(
            "sayhear",
            "Say vs hear: process share per leader",
            "For each leader, the share of their reflections about process, and the share of their"
                + " team's answers about process.",
            "leader writes (say)",
            "team writes (hear)",
            rows.stream()
                .map(
                    s ->
                        new PairedBars.Row(
                            "Leader " + s.leaderId(),
                            new PairedBars.Bar(s.sayProcess(), null, null, false),
                            s.hearHidden()
                                ? PairedBars.Bar.notShown()
                                : new PairedBars.Bar(s.hearProcess(), null, null, false)))
                .toList(),
            HIDDEN);
    return new ReportPage.Figure("sayhear", "Say vs hear, per leader", intro, chart, "", List.of());
  }

  private static ReportPage.Figure challenges(List<GroupFigures> rows) {
    Chart chart =
        PairedBars.build(
            "challenges",
            "Personal and professional challenges, by group",
            "For each group, the share of people who mention a personal challenge and the share"
                + " who mention a professional one, each with its 95% interval.",
            "personal",
            "professional",
            rows.stream()
                .map(
                    g ->
                        g.hidden()
                            ? new PairedBars.Row(
                                label(g), PairedBars.Bar.notShown(), PairedBars.Bar.notShown())
                            : new PairedBars.Row(
                                label(g),
                                bar(g.metric("challenge_personal_share")),
                                bar(g.metric("challenge_professional_share"))))
                .toList(),
            HIDDEN);
    return new ReportPage.Figure(
        "challenges",
        "Personal vs professional challenges",
        "Personal: work-life balance, stress, burnout, health, family, blocked growth. Professional:"
            + " workload, staffing, tools, market, team conflict, changing priorities. The whiskers"
            + " are 95% intervals.",
        chart,
        "",
        List.of());
  }

  private static PairedBars.Bar bar(Estimate e) {
    return new PairedBars.Bar(e.value(), e.low(), e.high(), false);
  }
}
