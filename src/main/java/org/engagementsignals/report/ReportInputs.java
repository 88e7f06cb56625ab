package org.engagementsignals.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a report is built from: the group rows of every month up to the report's (for the trends),
 * the month's topics and say-vs-hear rows, and the label accuracy when it is known.
 */
public record ReportInputs(
    YearMonth month,
    List<GroupFigures> groups,
    List<TopicFigures> topics,
    List<SayHear> sayHear,
    Optional<LabelAccuracy> accuracy) {

  /** The months present in the output up to the report's, in order. */
  public List<String> months() {
    return groups.stream().map(GroupFigures::period).distinct().sorted().toList();
  }

  public boolean hasMonth() {
    return groups.stream().anyMatch(g -> g.period().equals(month.toString()));
  }

  /** The survey row of a group in a month, if the output has one. */
  public Optional<GroupFigures> survey(String period, String level, String groupId) {
    return groups.stream()
        .filter(
            g ->
                g.isSurvey()
                    && g.period().equals(period)
                    && g.level().equals(level)
                    && g.groupId().equals(groupId))
        .findFirst();
  }

  /** The survey rows of a level in the report's month, ordered by group id. */
  public List<GroupFigures> surveyLevel(String level) {
    String period = month.toString();
    return groups.stream()
        .filter(g -> g.isSurvey() && g.period().equals(period) && g.level().equals(level))
        .sorted(java.util.Comparator.comparing(GroupFigures::groupId))
        .toList();
  }
}
