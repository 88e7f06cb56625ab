package org.engagementsignals.report;

import static org.apache.spark.sql.functions.col;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.ReportSettings;
import org.engagementsignals.config.Settings;
import org.engagementsignals.contract.OutputPaths;
import org.engagementsignals.labels.LabelModel;

/**
 * The leaders' report of one month: the organisation's page, plus a page per leader or team asked
 * for. Reads the published outputs, never writes them.
 */
public final class LeadersReport {

  /** Which pages: the organisation's always, plus one group's or every leader's. */
  public record Request(YearMonth month, Optional<String> group, boolean allLeaders) {}

  /** The month is not in the outputs, or the group asked for is not. */
  public static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  private static final int QUOTES_PER_TOPIC = 2;

  private LeadersReport() {}

  /** Writes the pages and returns their paths, the organisation's first. */
  public static List<Path> run(SparkSession spark, Settings settings, Request request) {
    ReportSettings report = settings.report();
    String outputRoot = settings.output().dir();
    String accuracyFile =
        report.accuracyFile().isBlank()
            ? LabelModel.folder(settings.tagging().labelModel())
                .resolve(LabelModel.ACCURACY)
                .toString()
            : report.accuracyFile();
    ReportInputs inputs =
        ReportReader.read(spark, outputRoot, request.month(), LabelAccuracy.load(accuracyFile));
    if (!inputs.hasMonth()) {
      throw new NotFound(
          "no indicators for "
              + request.month()
              + " under "
              + new Path(outputRoot, "indicators")
              + ": run that month first (signals run --month "
              + request.month()
              + ")");
    }
    List<ReportScope> others = otherScopes(inputs, request);
    ReportStyle style = ReportStyle.load();
    String reportRoot =
        report.dir().isBlank() ? outputRoot + "/" + OutputPaths.REPORT : report.dir();
    List<Path> written = new ArrayList<>();
    List<ReportPage.Link> links =
        others.stream()
            .map(s -> new ReportPage.Link(s.fileName(), "Page for " + s.label()))
            .toList();
    written.add(write(spark, settings, inputs, ReportScope.ORG, style, links, reportRoot));
    for (ReportScope scope : others) {
      ReportPage.Link back = new ReportPage.Link("../index.html", "The whole organisation");
      written.add(write(spark, settings, inputs, scope, style, List.of(back), reportRoot));
    }
    return written;
  }

  private static Path write(
      SparkSession spark,
      Settings settings,
      ReportInputs inputs,
      ReportScope scope,
      ReportStyle style,
      List<ReportPage.Link> links,
      String reportRoot) {
    ReportSettings report = settings.report();
    List<Quote> quotes =
        report.quotes()
            ? ReportReader.quotes(
                spark,
                settings.output().dir(),
                inputs.month(),
                ReportBuilder.topTopics(inputs, scope, report.topTopics()).stream()
                    .map(TopicFigures::topic)
                    .toList(),
                quotable(inputs, scope, report.quoteMinRespondents()),
                QUOTES_PER_TOPIC)
            : List.of();
    ReportPage page =
        ReportBuilder.build(
            inputs,
            scope,
            quotes,
            new ReportBuilder.Options(report.quotes(), report.topTopics(), style, links));
    return ReportWriter.write(page, scope, reportRoot, spark.sparkContext().hadoopConfiguration());
  }

  /**
   * Which responses may be quoted on a page: those of shown survey groups with at least {@code min}
   * respondents. On the organisation's page the group is the response's own team; on a leader's or
   * team's page, that leader or team.
   */
  static Column quotable(ReportInputs inputs, ReportScope scope, int min) {
    Predicate<GroupFigures> largeEnough =
        g -> !g.hidden() && g.respondents() != null && g.respondents() >= min;
    String month = inputs.month().toString();
    if (scope.isOrg()) {
      Object[] teams =
          inputs.surveyLevel(GroupFigures.TEAM).stream()
              .filter(largeEnough)
              .map(GroupFigures::groupId)
              .toArray();
      return col("team").isin(teams);
    }
    boolean allowed =
        inputs.survey(month, scope.level(), scope.groupId()).filter(largeEnough).isPresent();
    if (!allowed) {
      return org.apache.spark.sql.functions.lit(false);
    }
    if (scope.level().equals(GroupFigures.LEADER)) {
      return col("leader_id").equalTo(scope.groupId());
    }
    return col("team").equalTo(scope.groupId()).or(col("team").startsWith(scope.groupId() + "/"));
  }

  private static List<ReportScope> otherScopes(ReportInputs inputs, Request request) {
    String month = inputs.month().toString();
    List<ReportScope> scopes = new ArrayList<>();
    if (request.allLeaders()) {
      inputs.surveyLevel(GroupFigures.LEADER).stream()
          .map(g -> new ReportScope(GroupFigures.LEADER, g.groupId()))
          .forEach(scopes::add);
    }
    if (request.group().isPresent()) {
      String id = request.group().get();
      ReportScope scope =
          inputs
              .survey(month, GroupFigures.LEADER, id)
              .or(() -> inputs.survey(month, GroupFigures.TEAM, id))
              .map(g -> new ReportScope(g.level(), g.groupId()))
              .orElseThrow(
                  () ->
                      new NotFound(
                          "no leader or team \""
                              + id
                              + "\" in the survey indicators of "
                              + month
                              + "; leaders there: "
                              + inputs.surveyLevel(GroupFigures.LEADER).stream()
                                  .map(GroupFigures::groupId)
                                  .toList()));
      if (!scopes.contains(scope)) {
        scopes.add(scope);
      }
    }
    return scopes;
  }
}
