package org.engagementsignals.testing;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.indicators.ComplementarySuppression.Cell;

/**
 * Checks a written month's {@code indicators/} and {@code topics/} from outside, as a reader who
 * knows the organisation would: it rebuilds who is in which survey group from {@code responses/}
 * and {@code sentences/} (a person is in the org, every team above and including the team of each
 * of their answers, and the leader of each answer; for a topic, the groups where they mention it),
 * then reads the published rows and reports:
 *
 * <ul>
 *   <li>a shown survey group with fewer than k people, or a count that is not the group's;
 *   <li>a suppressed row with anything but {@code suppressed = true} and its identity;
 *   <li>a survey group or topic row missing from the grid;
 *   <li>any set of 1 to k − 1 people whose count follows from the shown counts, across levels,
 *       overlapping groups and leaders ({@link DisclosureAttacker}).
 * </ul>
 *
 * It uses none of the job's aggregation or suppression code.
 */
public final class SuppressionScanner {
  private static final Set<String> IDENTITY =
      Set.of("level", "group_id", "parent_id", "source", "topic", "family", "suppressed");

  private final int k;
  private final List<String> findings = new ArrayList<>();

  private SuppressionScanner(int k) {
    this.k = k;
  }

  /** What is wrong with the month, one line each; empty when nothing is. */
  public static List<String> scan(SparkSession spark, Path output, String period, int k) {
    SuppressionScanner scanner = new SuppressionScanner(k);
    scanner.run(spark, output, period);
    return scanner.findings;
  }

  private void run(SparkSession spark, Path output, String period) {
    Map<String, SortedSet<String>> groupsOfPerson = new HashMap<>();
    Map<String, SortedSet<String>> groupsOfResponse = new HashMap<>();
    Map<String, String> personOfResponse = new HashMap<>();
    for (Row r : month(spark, output, "responses", period)) {
      if (!"survey".equals(r.getAs("source"))) {
        continue;
      }
      String person = r.getAs("respondent_key");
      SortedSet<String> groups = new TreeSet<>();
      groups.add("org");
      String team = r.getAs("team");
      for (int slash = team.indexOf('/'); ; slash = team.indexOf('/', slash + 1)) {
        groups.add("team:" + (slash < 0 ? team : team.substring(0, slash)));
        if (slash < 0) {
          break;
        }
      }
      groups.add("leader:" + r.getAs("leader_id"));
      groupsOfResponse.put(r.getAs("response_id"), groups);
      personOfResponse.put(r.getAs("response_id"), person);
      groupsOfPerson.computeIfAbsent(person, p -> new TreeSet<>()).addAll(groups);
    }
    checkGroups(
        "indicators",
        cells(groupsOfPerson),
        month(spark, output, "indicators", period),
        allGroups(groupsOfPerson));

    Map<String, Map<String, SortedSet<String>>> groupsOfMentioner = new TreeMap<>();
    for (Row s : month(spark, output, "sentences", period)) {
      String response = s.getAs("response_id");
      if (!"survey".equals(s.getAs("source")) || !groupsOfResponse.containsKey(response)) {
        continue;
      }
      for (Object topic : s.getList(s.fieldIndex("topics"))) {
        groupsOfMentioner
            .computeIfAbsent((String) topic, t -> new HashMap<>())
            .computeIfAbsent(personOfResponse.get(response), p -> new TreeSet<>())
            .addAll(groupsOfResponse.get(response));
      }
    }
    Map<String, List<Row>> topicRows = new TreeMap<>();
    for (Row t : month(spark, output, "topics", period)) {
      checkSuppressedRowIsBare("topics", t);
      if ("survey".equals(t.getAs("source"))) {
        topicRows.computeIfAbsent(t.getAs("topic"), x -> new ArrayList<>()).add(t);
      }
    }
    Set<String> everyGroup = allGroups(groupsOfPerson);
    groupsOfMentioner.keySet().forEach(topic -> topicRows.putIfAbsent(topic, List.of()));
    topicRows.forEach(
        (topic, rows) ->
            checkGroups(
                "topics " + topic,
                cells(groupsOfMentioner.getOrDefault(topic, Map.of())),
                rows,
                everyGroup));

    for (Row h : month(spark, output, "say_hear", period)) {
      if (h.<Boolean>getAs("hear_suppressed")) {
        for (String c : h.schema().fieldNames()) {
          if ((c.startsWith("hear_") && !c.equals("hear_suppressed") || c.endsWith("_gap"))
              && h.getAs(c) != null) {
            findings.add("say_hear " + h.getAs("leader_id") + ": hidden but " + c + " is shown");
          }
        }
      }
    }
  }

  /** The checks on one table's survey rows (or one topic's) against who is really in each group. */
  private void checkGroups(String what, List<Cell> cells, List<Row> rows, Set<String> expected) {
    Map<String, Long> truth = new HashMap<>();
    cells.forEach(c -> c.groups().forEach(g -> truth.merge(g, c.respondents(), Long::sum)));
    Set<String> published = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Row r : rows) {
      if (what.equals("indicators")) {
        checkSuppressedRowIsBare(what, r);
      }
      if (!"survey".equals(r.getAs("source"))) {
        continue;
      }
      String level = r.getAs("level");
      String key = level.equals("org") ? "org" : level + ":" + r.getAs("group_id");
      seen.add(key);
      if (r.<Boolean>getAs("suppressed")) {
        continue;
      }
      published.add(key);
      Long shown = r.getAs("n_respondents");
      long real = truth.getOrDefault(key, 0L);
      if (shown == null || shown < k) {
        findings.add(what + " " + key + ": shown with " + shown + " respondents, k is " + k);
      }
      if (shown == null || shown != real) {
        findings.add(what + " " + key + ": shows " + shown + " respondents, has " + real);
      }
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      findings.add(what + ": no row for " + missing);
    }
    for (DisclosureAttacker.Disclosure d : DisclosureAttacker.disclosures(cells, published, k, 3)) {
      findings.add(
          what
              + ": "
              + d.respondents()
              + " respondents recoverable from shown counts, the people in exactly "
              + d.cells());
    }
  }

  private void checkSuppressedRowIsBare(String what, Row r) {
    if (!r.<Boolean>getAs("suppressed")) {
      return;
    }
    for (String c : r.schema().fieldNames()) {
      if (!IDENTITY.contains(c) && !c.equals("period") && r.getAs(c) != null) {
        findings.add(
            what
                + " "
                + r.getAs("source")
                + " "
                + r.getAs("level")
                + ":"
                + r.getAs("group_id")
                + ": hidden but "
                + c
                + " = "
                + r.getAs(c));
      }
    }
  }

  private static List<Cell> cells(Map<String, SortedSet<String>> groupsOfPerson) {
    Map<SortedSet<String>, Long> count = new HashMap<>();
    groupsOfPerson.values().forEach(g -> count.merge(g, 1L, Long::sum));
    List<Cell> cells = new ArrayList<>();
    count.forEach((groups, n) -> cells.add(new Cell(groups, n)));
    return cells;
  }

  private static Set<String> allGroups(Map<String, SortedSet<String>> groupsOfPerson) {
    Set<String> all = new TreeSet<>();
    groupsOfPerson.values().forEach(all::addAll);
    return all;
  }

  private static List<Row> month(SparkSession spark, Path output, String table, String period) {
    if (!java.nio.file.Files.isDirectory(output.resolve(table))) {
      return List.of(); // a missing table shows up as missing rows
    }
    return spark
        .read()
        .parquet(output.resolve(table).toString())
        .filter(col("period").equalTo(period))
        .collectAsList();
  }
}
