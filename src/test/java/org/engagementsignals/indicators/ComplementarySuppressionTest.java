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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.engagementsignals.indicators.ComplementarySuppression.Group;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {
  /** Generated once: the properties below are checked on the same forests. */
  private static final List<RandomForest> RANDOM =
      LongStream.rangeClosed(1, 2_000).mapToObj(RandomForest::generate).toList();

  @Test
  void smallTeamIsHiddenWithItsSmallestSibling() {
    List<Group> division =
        List.of(
            group("div", null, 30),
            group("a", "div", 4),
            group("b", "div", 12),
            group("c", "div", 14));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE, "b", COMPLEMENTARY));
  }

  @Test
  void fewDirectMembersForceAComplementaryHide() {
    // 22 - 8 - 12 = 2 direct members of the division, who would be exposed by subtraction.
    List<Group> division =
        List.of(group("div", null, 22), group("b", "div", 8), group("c", "div", 12));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("b", COMPLEMENTARY));
  }

  @Test
  void hiddenSiblingCannotBeRebuiltFromItsOwnPublishedChildren() {
    // Hiding only b would leak a: b = b1 + b2 = 12, then a = 30 - 12 - 14 = 4.
    List<Group> division =
        List.of(
            group("div", null, 30),
            group("a", "div", 4),
            group("b", "div", 12),
            group("b1", "b", 6),
            group("b2", "b", 6),
            group("c", "div", 14));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE, "b", COMPLEMENTARY, "b1", COMPLEMENTARY));
  }

  @Test
  void lowerLevelsAreSettledBeforeTheirParents() {
    List<Group> org =
        List.of(
            group("org", null, 50),
            group("a", "org", 3),
            group("b", "org", 20),
            group("b1", "b", 2),
            group("b2", "b", 18),
            group("c", "org", 27));

    // Within b: b1 is hidden, so b2 is too. Within org: a leaves 3 unaccounted, and b (20) is the
    // smallest published child; hiding it adds everything below it.
    assertThat(ComplementarySuppression.suppress(org, 5))
        .containsOnly(
            entry("a", BELOW_MIN_GROUP_SIZE),
            entry("b", COMPLEMENTARY),
            entry("b1", BELOW_MIN_GROUP_SIZE),
            entry("b2", COMPLEMENTARY));
  }

  @Test
  void aProtectedSubtreeNeedsNothingMoreFromItsParent() {
    List<Group> org =
        List.of(
            group("org", null, 40),
            group("d1", "org", 20),
            group("t1", "d1", 4),
            group("t2", "d1", 16),
            group("d2", "org", 20));

    assertThat(ComplementarySuppression.suppress(org, 5))
        .isEqualTo(Map.of("t1", BELOW_MIN_GROUP_SIZE, "t2", COMPLEMENTARY));
  }

  @Test
  void emptyGroupsAreHiddenWithoutForcingMore() {
    List<Group> division =
        List.of(group("div", null, 10), group("a", "div", 0), group("b", "div", 10));

    assertThat(ComplementarySuppression.suppress(division, 5))
        .isEqualTo(Map.of("a", BELOW_MIN_GROUP_SIZE));
  }

  @Test
  void largeGroupsAndLargeRemaindersHideNothing() {
    List<Group> org =
        List.of(
            group("org", null, 30),
            group("a", "org", 10),
            group("b", "org", 15),
            group("other", null, 5));

    assertThat(ComplementarySuppression.suppress(org, 5)).isEmpty();
  }

  @Test
  void aSmallRootHidesItsWholeTreeForSize() {
    List<Group> small =
        List.of(group("root", null, 4), group("x", "root", 2), group("y", "root", 2));

    assertThat(ComplementarySuppression.suppress(small, 5))
        .containsOnly(
            entry("root", BELOW_MIN_GROUP_SIZE),
            entry("x", BELOW_MIN_GROUP_SIZE),
            entry("y", BELOW_MIN_GROUP_SIZE));
  }

  @Test
  void kBelowThreeIsRejectedNamingTheValue() {
    List<Group> one = List.of(group("root", null, 10));

    assertThatThrownBy(() -> ComplementarySuppression.suppress(one, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3, got 2");
    assertThat(ComplementarySuppression.suppress(one, 3)).isEmpty();
  }

  @Test
  void inputThatIsNotAForestIsRejectedNamingTheGroup() {
    assertThatThrownBy(
            () ->
                ComplementarySuppression.suppress(
                    List.of(group("a", null, 5), group("a", null, 6)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group a is listed twice");
    assertThatThrownBy(
            () -> ComplementarySuppression.suppress(List.of(group("a", "nowhere", 5)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group a has parent nowhere");
    assertThatThrownBy(
            () ->
                ComplementarySuppression.suppress(
                    List.of(group("r", null, 9), group("a", "b", 5), group("b", "a", 5)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a, b]");
    assertThatThrownBy(
            () ->
                ComplementarySuppression.suppress(
                    List.of(group("p", null, 5), group("c", "p", 6)), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group p has 5 respondents");
    assertThatThrownBy(() -> group("a", null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group a has a negative respondent count: -1");
  }

  @Test
  void reasonsHaveSnakeCaseCodes() {
    assertThat(BELOW_MIN_GROUP_SIZE.code()).isEqualTo("below_min_group_size");
    assertThat(COMPLEMENTARY.code()).isEqualTo("complementary");
  }

  @Test
  void everyPublishedGroupHasAtLeastKRespondents() {
    forEachRandomForest(
        forest -> {
          for (Group group : forest.groups()) {
            if (!forest.hidden().containsKey(group.id())) {
              assertThat(group.respondents())
                  .as(() -> forest.describe(group))
                  .isGreaterThanOrEqualTo(forest.k());
            }
          }
        });
  }

  @Test
  void hiddenPartsOfEveryPublishedParentAreNoneOrAtLeastK() {
    forEachRandomForest(
        forest -> {
          for (Group parent : forest.groups()) {
            List<Group> children = forest.children(parent);
            if (forest.hidden().containsKey(parent.id()) || children.isEmpty()) {
              continue;
            }
            long hiddenParts = forest.remainder(parent);
            for (Group child : children) {
              hiddenParts += forest.hidden().containsKey(child.id()) ? child.respondents() : 0;
            }
            assertThat(hiddenParts == 0 || hiddenParts >= forest.k())
                .as(() -> forest.describe(parent))
                .isTrue();
          }
        });
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    forEachRandomForest(
        forest -> {
          List<Group> shuffled = new ArrayList<>(forest.groups());
          Collections.shuffle(shuffled, new Random(forest.seed()));
          assertThat(ComplementarySuppression.suppress(shuffled, forest.k()))
              .as(() -> "seed " + forest.seed())
              .containsExactlyEntriesOf(forest.hidden());
        });
  }

  @Test
  void everyHiddenGroupHasTheRightReason() {
    forEachRandomForest(
        forest -> {
          for (Group group : forest.groups()) {
            SuppressionReason reason = forest.hidden().get(group.id());
            if (group.respondents() < forest.k()) {
              assertThat(reason).as(() -> forest.describe(group)).isEqualTo(BELOW_MIN_GROUP_SIZE);
            } else {
              assertThat(reason).as(() -> forest.describe(group)).isIn(null, COMPLEMENTARY);
            }
          }
        });
  }

  @Test
  void solvingParentEqualsChildrenPlusDirectMembersRevealsNoCountBelowK() {
    forEachRandomForest(
        forest -> {
          for (Map.Entry<String, Long> derived : forest.derivedByAttacker().entrySet()) {
            assertThat(derived.getValue())
                .as(
                    () ->
                        "seed "
                            + forest.seed()
                            + ", k "
                            + forest.k()
                            + ": the attacker derives "
                            + derived.getKey())
                .isGreaterThanOrEqualTo(forest.k());
          }
        });
  }

  @Test
  void randomForestsExerciseTheComplementaryRule() {
    // 1,142 and 311 of the 2,000 forests when written: the properties above are not vacuous.
    long withComplementary =
        RANDOM.stream().filter(forest -> forest.hidden().containsValue(COMPLEMENTARY)).count();
    // A complementary hide below another one: the case a one-level rule gets wrong.
    long reachingThroughHiddenGroups =
        RANDOM.stream()
            .filter(
                forest ->
                    forest.groups().stream()
                        .anyMatch(
                            group ->
                                group.parentId() != null
                                    && forest.hidden().get(group.id()) == COMPLEMENTARY
                                    && forest.hidden().get(group.parentId()) == COMPLEMENTARY))
            .count();

    assertThat(withComplementary).isGreaterThan(800);
    assertThat(reachingThroughHiddenGroups).isGreaterThan(200);
  }

  private static Group group(String id, String parentId, long respondents) {
    return new Group(id, parentId, respondents);
  }

  private static void forEachRandomForest(Consumer<RandomForest> check) {
    RANDOM.forEach(check);
  }

  /** A seeded random forest of depth 1 to 4, with the suppression result. */
  private record RandomForest(
      long seed,
      int k,
      List<Group> groups,
      Map<String, List<Group>> childrenById,
      Map<String, SuppressionReason> hidden) {

    static RandomForest generate(long seed) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(8);
      List<Group> groups = new ArrayList<>();
      int roots = 1 + random.nextInt(3);
      for (int root = 0; root < roots; root++) {
        addTree(random, "r" + root, null, 1 + random.nextInt(4), groups);
      }
      Map<String, List<Group>> childrenById = new HashMap<>();
      for (Group group : groups) {
        if (group.parentId() != null) {
          childrenById.computeIfAbsent(group.parentId(), id -> new ArrayList<>()).add(group);
        }
      }
      return new RandomForest(
          seed, k, List.copyOf(groups), childrenById, ComplementarySuppression.suppress(groups, k));
    }

    private static long addTree(
        Random random, String id, String parentId, int levels, List<Group> groups) {
      long respondents = random.nextInt(9); // direct members
      if (levels > 1) {
        int children = 1 + random.nextInt(6);
        for (int child = 0; child < children; child++) {
          // Some branches stop early so that leaves sit at different depths.
          int childLevels = random.nextInt(4) == 0 ? 1 : levels - 1;
          respondents += addTree(random, id + "." + child, id, childLevels, groups);
        }
      }
      groups.add(new Group(id, parentId, respondents));
      return respondents;
    }

    List<Group> children(Group parent) {
      return childrenById.getOrDefault(parent.id(), List.of());
    }

    long remainder(Group parent) {
      return parent.respondents() - children(parent).stream().mapToLong(Group::respondents).sum();
    }

    String describe(Group group) {
      return "seed " + seed + ", k " + k + ", " + group + ", hidden " + hidden;
    }

    /**
     * What a reader learns by repeatedly solving any equation "group = its children + its direct
     * members" that has one unknown left. The reader is given every published count and, to be
     * strict, every count that is 0; the result maps each count learned that way to its true value.
     */
    Map<String, Long> derivedByAttacker() {
      Map<String, Long> truth = new HashMap<>();
      List<List<String>> equations = new ArrayList<>();
      for (Group group : groups) {
        truth.put(group.id(), group.respondents());
        truth.put(group.id() + "/direct", remainder(group));
        List<String> terms = new ArrayList<>(List.of(group.id(), group.id() + "/direct"));
        children(group).forEach(child -> terms.add(child.id()));
        equations.add(terms);
      }
      Set<String> known = new HashSet<>();
      truth.forEach(
          (name, value) -> {
            if (value == 0 || !name.endsWith("/direct") && !hidden.containsKey(name)) {
              known.add(name);
            }
          });
      Map<String, Long> derived = new HashMap<>();
      boolean progress = true;
      while (progress) {
        progress = false;
        for (Iterator<List<String>> open = equations.iterator(); open.hasNext(); ) {
          List<String> unknown =
              open.next().stream().filter(term -> !known.contains(term)).toList();
          if (unknown.size() <= 1) {
            open.remove();
          }
          if (unknown.size() == 1) {
            known.add(unknown.get(0));
            derived.put(unknown.get(0), truth.get(unknown.get(0)));
            progress = true;
          }
        }
      }
      return derived;
    }
  }
}
