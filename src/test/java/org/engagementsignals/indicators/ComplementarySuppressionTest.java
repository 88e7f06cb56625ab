package org.engagementsignals.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.engagementsignals.indicators.SuppressionReason.BELOW_MIN_GROUP_SIZE;
import static org.engagementsignals.indicators.SuppressionReason.COMPLEMENTARY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.engagementsignals.indicators.ComplementarySuppression.Cell;
import org.engagementsignals.testing.DisclosureAttacker;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {
  /** Generated once: the properties below are checked on the same organisations. */
  private static final List<RandomOrg> RANDOM =
      LongStream.rangeClosed(1, 1_000).mapToObj(RandomOrg::generate).toList();

  @Test
  void smallTeamIsHiddenWithItsSmallestSibling() {
    List<Cell> division = List.of(cell(4, "div", "a"), cell(12, "div", "b"), cell(14, "div", "c"));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE, "b", COMPLEMENTARY));
  }

  @Test
  void fewDirectMembersForceAComplementaryHide() {
    // 22 - 8 - 12 = 2 direct members of the division, who would be exposed by subtraction.
    List<Cell> division = List.of(cell(2, "div"), cell(8, "div", "b"), cell(12, "div", "c"));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("b", COMPLEMENTARY));
  }

  @Test
  void aSiblingWhoseSubTeamsAreAllShownDoesNotProtect() {
    // Hiding only b would leak a: b = b1 + b2 = 12, then a = 30 - 12 - 14 = 4. Hiding c works.
    List<Cell> division =
        List.of(
            cell(4, "div", "a"),
            cell(6, "div", "b", "b1"),
            cell(6, "div", "b", "b2"),
            cell(14, "div", "c"));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE, "c", COMPLEMENTARY));
  }

  @Test
  void whenOnlySubTeamsBorderTheHiddenPartTheyAreOpenedUp() {
    // Without c, the only way to cover a is through b, whose people are all in b1 and b2.
    List<Cell> division =
        List.of(cell(4, "div", "a"), cell(6, "div", "b", "b1"), cell(6, "div", "b", "b2"));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE, "b", COMPLEMENTARY, "b1", COMPLEMENTARY));
  }

  @Test
  void smallerHiddenPartsAreSettledFirst() {
    List<Cell> org =
        List.of(
            cell(3, "org", "a"),
            cell(2, "org", "b", "b1"),
            cell(18, "org", "b", "b2"),
            cell(27, "org", "c"));

    // Within b: b1 (2) is hidden, so b2 is too. Within org: a leaves 3 unaccounted, and b (20) is
    // the smallest shown group next to it.
    assertThat(ComplementarySuppression.suppress(org, 5))
        .containsOnly(
            entry("a", BELOW_MIN_GROUP_SIZE),
            entry("b", COMPLEMENTARY),
            entry("b1", BELOW_MIN_GROUP_SIZE),
            entry("b2", COMPLEMENTARY));
  }

  @Test
  void aProtectedSubtreeNeedsNothingMoreFromItsParent() {
    List<Cell> org =
        List.of(cell(4, "org", "d1", "t1"), cell(16, "org", "d1", "t2"), cell(20, "org", "d2"));

    assertThat(ComplementarySuppression.suppress(org, 5))
        .isEqualTo(Map.of("t1", BELOW_MIN_GROUP_SIZE, "t2", COMPLEMENTARY));
  }

  @Test
  void emptyGroupsAreHiddenWithoutForcingMore() {
    List<Cell> division = List.of(cell(0, "div", "a"), cell(10, "div", "b"));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE));
  }

  @Test
  void largeGroupsAndLargeRemaindersHideNothing() {
    List<Cell> org =
        List.of(cell(5, "org"), cell(10, "org", "a"), cell(15, "org", "b"), cell(5, "other"));

    assertThat(ComplementarySuppression.suppress(org, 5)).isEmpty();
  }

  @Test
  void aSmallRootHidesItsWholeTreeForSize() {
    List<Cell> small = List.of(cell(2, "root", "x"), cell(2, "root", "y"));

    assertThat(ComplementarySuppression.suppress(small, 5))
        .containsOnly(
            entry("root", BELOW_MIN_GROUP_SIZE),
            entry("x", BELOW_MIN_GROUP_SIZE),
            entry("y", BELOW_MIN_GROUP_SIZE));
  }

  @Test
  void aRespondentInTwoTeamsIsNotGivenAwayByTheirOverlap() {
    // One person answered in A/x and in A/y (a team move): A/x + A/y - A = 1 if all three show.
    List<Cell> moved =
        List.of(
            cell(5, "org", "A", "A/x"),
            cell(5, "org", "A", "A/y"),
            cell(1, "org", "A", "A/x", "A/y"));

    Map<String, SuppressionReason> hidden = ComplementarySuppression.suppress(moved, 5);

    assertThat(hidden).isEqualTo(Map.of("A/x", COMPLEMENTARY));
    assertThat(leaks(moved, hidden, 5)).isEmpty();
    assertThat(leaks(moved, Map.of(), 5)).isNotEmpty();
  }

  @Test
  void aLeaderAcrossTwoTeamsIsNotSubtractedFromEither() {
    // L1 leads all of A and 3 people of B; L2 the other 12 of B. L1 - A = B - L2 = 3.
    List<Cell> matrix =
        List.of(cell(15, "org", "A", "L1"), cell(3, "org", "B", "L1"), cell(12, "org", "B", "L2"));

    Map<String, SuppressionReason> hidden = ComplementarySuppression.suppress(matrix, 5);

    assertThat(leaks(matrix, Map.of(), 5)).isNotEmpty();
    assertThat(hidden).isNotEmpty();
    assertThat(leaks(matrix, hidden, 5)).isEmpty();
  }

  @Test
  void aLeaderWithExactlyTheTeamsPeopleSharesItsFate() {
    // L2 leads exactly team A/y; hiding A/y alone to protect A/x would be undone by L2's count.
    List<Cell> org =
        List.of(
            cell(4, "org", "A", "A/x", "L1"),
            cell(12, "org", "A", "A/y", "L2"),
            cell(14, "org", "A", "A/z", "L3"));

    assertThat(ComplementarySuppression.suppress(org, 5))
        .containsOnly(
            entry("A/x", BELOW_MIN_GROUP_SIZE),
            entry("L1", BELOW_MIN_GROUP_SIZE),
            entry("A/y", COMPLEMENTARY),
            entry("L2", COMPLEMENTARY));
  }

  @Test
  void kBelowThreeIsRejectedNamingTheValue() {
    List<Cell> one = List.of(cell(10, "root"));

    assertThatThrownBy(() -> ComplementarySuppression.suppress(one, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3, got 2");
    assertThat(ComplementarySuppression.suppress(one, 3)).isEmpty();
  }

  @Test
  void badCellsAreRejectedNamingThem() {
    assertThatThrownBy(() -> cell(-1, "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell [a] has a negative respondent count: -1");
    assertThatThrownBy(() -> cell(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the ids of its groups");
  }

  @Test
  void reasonsHaveSnakeCaseCodes() {
    assertThat(BELOW_MIN_GROUP_SIZE.code()).isEqualTo("below_min_group_size");
    assertThat(COMPLEMENTARY.code()).isEqualTo("complementary");
  }

  @Test
  void everyPublishedGroupHasAtLeastKRespondents() {
    forEachRandomOrg(
        org ->
            org.size()
                .forEach(
                    (group, n) -> {
                      if (!org.hidden().containsKey(group)) {
                        assertThat(n).as(() -> org.describe(group)).isGreaterThanOrEqualTo(org.k());
                      }
                    }));
  }

  @Test
  void peopleInTheSamePublishedGroupsAreNoneOrAtLeastK() {
    forEachRandomOrg(
        org -> {
          Map<Set<String>, Long> classes = new HashMap<>();
          for (Cell cell : org.cells()) {
            Set<String> shown = new TreeSet<>(cell.groups());
            shown.removeAll(org.hidden().keySet());
            if (!shown.isEmpty()) {
              classes.merge(shown, cell.respondents(), Long::sum);
            }
          }
          classes.forEach(
              (shown, n) ->
                  assertThat(n == 0 || n >= org.k())
                      .as(() -> org.describe("class " + shown + " of " + n))
                      .isTrue());
        });
  }

  @Test
  void theAttackerRecoversNoCountBelowK() {
    forEachRandomOrg(
        org ->
            assertThat(leaks(org.cells(), org.hidden(), org.k()))
                .as(() -> org.describe("the attacker"))
                .isEmpty());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    forEachRandomOrg(
        org -> {
          List<Cell> shuffled = new ArrayList<>(org.cells());
          Collections.shuffle(shuffled, new Random(org.seed()));
          assertThat(ComplementarySuppression.suppress(shuffled, org.k()))
              .as(() -> "seed " + org.seed())
              .containsExactlyEntriesOf(org.hidden());
        });
  }

  @Test
  void everyHiddenGroupHasTheRightReason() {
    forEachRandomOrg(
        org ->
            org.size()
                .forEach(
                    (group, n) -> {
                      SuppressionReason reason = org.hidden().get(group);
                      if (n < org.k()) {
                        assertThat(reason)
                            .as(() -> org.describe(group))
                            .isEqualTo(BELOW_MIN_GROUP_SIZE);
                      } else {
                        assertThat(reason).as(() -> org.describe(group)).isIn(null, COMPLEMENTARY);
                      }
                    }));
  }

  @Test
  void randomOrganisationsExerciseEveryCase() {
    // When written: of the 1,000, 810 with a complementary hide, 730 with people in two teams, 897
    // with a leader across teams, and 530 where hiding only the groups below k leaks through a
    // union of one or two blocks (the quick search below; the full one finds more).
    long withComplementary =
        RANDOM.stream().filter(org -> org.hidden().containsValue(COMPLEMENTARY)).count();
    long withMovers =
        RANDOM.stream()
            .filter(org -> org.cells().stream().anyMatch(c -> org.teamsOf(c) >= 2))
            .count();
    long withCrossingLeaders = RANDOM.stream().filter(RandomOrg::hasCrossingLeader).count();
    long leakingWithoutComplementary =
        RANDOM.stream()
            .filter(org -> !quickLeaks(org.cells(), primaryOnly(org), org.k()).isEmpty())
            .count();

    String counts =
        String.format(
            "complementary %d, movers %d, crossing leaders %d, leaking without complementary %d",
            withComplementary, withMovers, withCrossingLeaders, leakingWithoutComplementary);
    assertThat(withComplementary).as(counts).isGreaterThan(700);
    assertThat(withMovers).as(counts).isGreaterThan(600);
    assertThat(withCrossingLeaders).as(counts).isGreaterThan(700);
    assertThat(leakingWithoutComplementary).as(counts).isGreaterThan(450);
  }

  private static Map<String, SuppressionReason> primaryOnly(RandomOrg org) {
    Map<String, SuppressionReason> primary = new TreeMap<>();
    org.size()
        .forEach(
            (group, n) -> {
              if (n < org.k()) {
                primary.put(group, BELOW_MIN_GROUP_SIZE);
              }
            });
    return primary;
  }

  private static List<DisclosureAttacker.Disclosure> leaks(
      List<Cell> cells, Map<String, SuppressionReason> hidden, int k) {
    Set<String> published = new HashSet<>();
    cells.forEach(c -> published.addAll(c.groups()));
    published.removeAll(hidden.keySet());
    return DisclosureAttacker.disclosures(cells, published, k, 1);
  }

  /** Sets of one or two blocks only: enough to show that leaks are there to find. */
  private static List<DisclosureAttacker.Disclosure> quickLeaks(
      List<Cell> cells, Map<String, SuppressionReason> hidden, int k) {
    Set<String> published = new HashSet<>();
    cells.forEach(c -> published.addAll(c.groups()));
    published.removeAll(hidden.keySet());
    return DisclosureAttacker.disclosures(cells, published, k, 1, 2);
  }

  private static Cell cell(long respondents, String... groups) {
    return Cell.of(respondents, groups);
  }

  private static void forEachRandomOrg(Consumer<RandomOrg> check) {
    RANDOM.forEach(check);
  }

  /**
   * A seeded random organisation: one to three trees of teams of depth 1 to 4, leaders who mostly
   * lead one team but some of whose people sit in another, and some people who answered in two
   * teams or about two leaders in the month. Each person belongs to every team above theirs.
   */
  private record RandomOrg(
      long seed,
      int k,
      List<Cell> cells,
      Map<String, Long> size,
      Map<String, SuppressionReason> hidden) {

    static RandomOrg generate(long seed) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(8);
      List<String> teams = new ArrayList<>();
      int roots = 1 + random.nextInt(3);
      for (int root = 0; root < roots; root++) {
        addTeams(random, "r" + root, 1 + random.nextInt(4), teams);
      }
      int leaders = 1 + random.nextInt(6);
      Map<String, String> leaderOf = new HashMap<>();
      teams.forEach(t -> leaderOf.put(t, "L" + random.nextInt(leaders)));
      Map<SortedSet<String>, Long> people = new HashMap<>();
      for (String team : teams) {
        int direct = random.nextInt(9);
        for (int p = 0; p < direct; p++) {
          SortedSet<String> groups = new TreeSet<>(withParents(team));
          // Most answer about their team's leader; some about a leader elsewhere (matrix).
          groups.add(random.nextInt(6) == 0 ? "L" + random.nextInt(leaders) : leaderOf.get(team));
          if (random.nextInt(20) == 0) {
            groups.addAll(withParents(teams.get(random.nextInt(teams.size()))));
          }
          if (random.nextInt(20) == 0) {
            groups.add("L" + random.nextInt(leaders));
          }
          people.merge(groups, 1L, Long::sum);
        }
      }
      List<Cell> cells = new ArrayList<>();
      people.forEach((groups, n) -> cells.add(new Cell(groups, n)));
      cells.sort(java.util.Comparator.comparing(c -> c.groups().toString()));
      Map<String, Long> size = new TreeMap<>();
      cells.forEach(c -> c.groups().forEach(g -> size.merge(g, c.respondents(), Long::sum)));
      return new RandomOrg(
          seed, k, List.copyOf(cells), size, ComplementarySuppression.suppress(cells, k));
    }

    private static void addTeams(Random random, String id, int levels, List<String> teams) {
      teams.add(id);
      if (levels > 1) {
        int children = 1 + random.nextInt(6);
        for (int child = 0; child < children; child++) {
          // Some branches stop early so that leaves sit at different depths.
          int childLevels = random.nextInt(4) == 0 ? 1 : levels - 1;
          addTeams(random, id + "." + child, childLevels, teams);
        }
      }
    }

    /** {@code r0.1.2} and every team above it: {@code r0.1}, {@code r0}. */
    private static List<String> withParents(String team) {
      List<String> path = new ArrayList<>();
      for (int dot = team.length(); dot > 0; dot = team.lastIndexOf('.', dot - 1)) {
        path.add(team.substring(0, dot));
      }
      return path;
    }

    long teamsOf(Cell cell) {
      // Leaf-most teams: teams in the cell that are no other team's parent within the cell.
      return cell.groups().stream()
          .filter(g -> g.startsWith("r"))
          .filter(g -> cell.groups().stream().noneMatch(o -> o.startsWith(g + ".")))
          .count();
    }

    boolean hasCrossingLeader() {
      Map<String, Set<String>> rootTeamsByLeader = new HashMap<>();
      for (Cell cell : cells) {
        String team =
            cell.groups().stream().filter(g -> g.startsWith("r")).max(String::compareTo).get();
        cell.groups().stream()
            .filter(g -> g.startsWith("L"))
            .forEach(l -> rootTeamsByLeader.computeIfAbsent(l, x -> new HashSet<>()).add(team));
      }
      return rootTeamsByLeader.values().stream().anyMatch(t -> t.size() > 1);
    }

    String describe(Object what) {
      return "seed " + seed + ", k " + k + ", " + what + ", hidden " + hidden + ", cells " + cells;
    }
  }
}
