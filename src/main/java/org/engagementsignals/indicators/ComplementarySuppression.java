package org.engagementsignals.indicators;

import static org.engagementsignals.indicators.SuppressionReason.BELOW_MIN_GROUP_SIZE;
import static org.engagementsignals.indicators.SuppressionReason.COMPLEMENTARY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which groups to hide so that no published group has fewer than k respondents and no count
 * below k can be worked out from the published ones, whatever the groups' shape: a team hierarchy,
 * leaders whose people sit in several teams, or a respondent who answered in two teams or about two
 * leaders in one month.
 *
 * <p>The input is a list of {@link Cell}s: the respondents who belong to exactly the same groups,
 * given as those groups and how many respondents they are. A group's respondents are the sum of the
 * cells that name it.
 *
 * <p>Rule: call the respondents whose <em>published</em> groups are exactly a set S a class. Every
 * class with a non-empty S has 0 or at least k respondents. A group below k is hidden first ({@link
 * SuppressionReason#BELOW_MIN_GROUP_SIZE}); then, while some class has 1 to k − 1 respondents, one
 * more group is hidden ({@link SuppressionReason#COMPLEMENTARY}), chosen so that the class grows or
 * merges into another:
 *
 * <ol>
 *   <li>a published group H outside S whose members include respondents in exactly S and H: hiding
 *       H adds them to the class (in a hierarchy: a shown sub-team next to the hidden part);
 *   <li>otherwise a published group H in a larger class's groups beyond S (a shown sub-team whose
 *       own sub-teams account for all its people: hiding it opens the way to them);
 *   <li>otherwise a group of S itself (the class then joins the class of the other groups of S).
 * </ol>
 *
 * In each case the group with the fewest respondents first, ties by id. Each step hides a group, so
 * the loop ends; it takes the smallest class first, so the result depends only on the cells.
 *
 * <p>Why the rule protects. A reader who knows every published count and exactly who belongs to
 * which groups can compute any linear combination of the published groups: differences between
 * overlapping groups, a parent minus its children, a leader minus a team. Such a combination gives
 * the same weight to every member of one class, because they are in the same published groups; so
 * any set of people whose count (or sum of answers) it yields is a union of whole classes, each
 * empty or at least k. Respondents in no published group are in no class and in no combination. Not
 * protected, and documented for users: differences between months, and what a published group's
 * metrics say about all of its members together (a share of 100%).
 */
public final class ComplementarySuppression {

  /**
   * Respondents who belong to exactly {@code groups}.
   *
   * @param respondents how many, at least 0
   */
  public record Cell(SortedSet<String> groups, long respondents) {
    public Cell {
      if (groups == null || groups.isEmpty() || groups.stream().anyMatch(g -> g == null)) {
        throw new IllegalArgumentException("a cell needs the ids of its groups, got " + groups);
      }
      if (respondents < 0) {
        throw new IllegalArgumentException(
            "cell " + groups + " has a negative respondent count: " + respondents);
      }
      groups = Collections.unmodifiableSortedSet(new TreeSet<>(groups));
    }

    public static Cell of(long respondents, String... groups) {
      return new Cell(new TreeSet<>(List.of(groups)), respondents);
    }
  }

  private static final Comparator<List<String>> LEXICOGRAPHIC =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private ComplementarySuppression() {}

  /**
   * The groups to hide and why, sorted by id; groups not in the map are published.
   *
   * @param cells respondents by the exact set of groups they belong to; cells with the same groups
   *     are added up
   * @param k the minimum group size, at least 3
   * @throws IllegalArgumentException when k is below 3
   */
  public static Map<String, SuppressionReason> suppress(Collection<Cell> cells, int k) {
    if (k < 3) {
      throw new IllegalArgumentException("the minimum group size k must be at least 3, got " + k);
    }
    Map<String, Long> size = new TreeMap<>();
    for (Cell cell : cells) {
      cell.groups().forEach(g -> size.merge(g, cell.respondents(), Long::sum));
    }
    Comparator<String> fewestFirst =
        Comparator.<String>comparingLong(size::get).thenComparing(Comparator.naturalOrder());
    Map<String, SuppressionReason> hidden = new TreeMap<>();
    size.forEach(
        (group, n) -> {
          if (n < k) {
            hidden.put(group, BELOW_MIN_GROUP_SIZE);
          }
        });
    while (true) {
      Map<List<String>, Long> classes = classes(cells, hidden.keySet());
      List<String> small = smallestTooSmallClass(classes, k);
      if (small == null) {
        return Collections.unmodifiableMap(hidden);
      }
      hidden.put(groupToHide(small, classes, fewestFirst), COMPLEMENTARY);
    }
  }

  /** Respondents by their published groups (sorted), leaving out those in none. */
  static Map<List<String>, Long> classes(Collection<Cell> cells, Set<String> hidden) {
    Map<List<String>, Long> classes = new HashMap<>();
    for (Cell cell : cells) {
      if (cell.respondents() == 0) {
        continue;
      }
      List<String> published = new ArrayList<>(cell.groups().size());
      for (String group : cell.groups()) {
        if (!hidden.contains(group)) {
          published.add(group);
        }
      }
      if (!published.isEmpty()) {
        classes.merge(List.copyOf(published), cell.respondents(), Long::sum);
      }
    }
    return classes;
  }

  private static List<String> smallestTooSmallClass(Map<List<String>, Long> classes, int k) {
    List<String> smallest = null;
    for (Map.Entry<List<String>, Long> c : classes.entrySet()) {
      if (c.getValue() < k
          && (smallest == null
              || c.getValue() < classes.get(smallest)
              || c.getValue().equals(classes.get(smallest))
                  && LEXICOGRAPHIC.compare(c.getKey(), smallest) < 0)) {
        smallest = c.getKey();
      }
    }
    return smallest;
  }

  private static String groupToHide(
      List<String> small, Map<List<String>, Long> classes, Comparator<String> fewestFirst) {
    Set<String> inClass = Set.copyOf(small);
    SortedSet<String> adjacent = new TreeSet<>(fewestFirst);
    SortedSet<String> beyond = new TreeSet<>(fewestFirst);
    for (List<String> other : classes.keySet()) {
      if (other.size() > small.size() && other.containsAll(inClass)) {
        for (String group : other) {
          if (!inClass.contains(group)) {
            (other.size() == small.size() + 1 ? adjacent : beyond).add(group);
          }
        }
      }
    }
    if (!adjacent.isEmpty()) {
      return adjacent.first();
    }
    if (!beyond.isEmpty()) {
      return beyond.first();
    }
    SortedSet<String> own = new TreeSet<>(fewestFirst);
    own.addAll(small);
    return own.first();
  }
}
