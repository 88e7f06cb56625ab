package org.engagementsignals.indicators;

import static org.engagementsignals.indicators.SuppressionReason.BELOW_MIN_GROUP_SIZE;
import static org.engagementsignals.indicators.SuppressionReason.COMPLEMENTARY;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which groups of a hierarchy to hide so that no published group has fewer than k
 * respondents and no hidden count below k can be worked out from the published ones.
 *
 * <p>The groups form a forest: a group's respondents are those of its children plus its own direct
 * members (the "remainder", never published on its own). Rules:
 *
 * <ol>
 *   <li>Primary: a group with fewer than k respondents (0 included) is hidden, {@link
 *       SuppressionReason#BELOW_MIN_GROUP_SIZE}.
 *   <li>Complementary: for every published group P, the respondents under P that no published group
 *       below P accounts for (P's remainder, its hidden children and, through hidden groups, their
 *       remainders and hidden children) must be 0 or at least k. While they are between 1 and k −
 *       1, the published group bordering that hidden area with the fewest respondents (ties by id)
 *       is hidden, {@link SuppressionReason#COMPLEMENTARY}. In a one-level hierarchy the bordering
 *       groups are P's published children and the unaccounted respondents are P's remainder plus
 *       its hidden children.
 * </ol>
 *
 * <p>Threat model. The reader sees every published count and knows the hierarchy, including which
 * groups are empty and which have direct members. Protected: recovering a hidden group, or the
 * direct members of a group, by subtracting published children from a published parent, including
 * when a hidden group would first be rebuilt as the sum of its own published children (which is why
 * the unaccounted area reaches through hidden groups). After suppression the unaccounted
 * respondents under every published group are 0 or at least k, so such subtractions only ever yield
 * 0 or a count of at least k. Not protected, and left to callers: differencing across months (the
 * same team published with 6 and then 7 respondents), and across different hierarchies over the
 * same respondents (teams and leaders): put such a breakdown into the same forest, for example
 * leaders as the children of a root that holds the whole organisation. Metrics of a published group
 * can still reveal an attribute of everyone in it (a share of 100%); that is not a question of
 * counts.
 *
 * <p>One pass from the leaves up reaches the same result as re-checking the whole forest until
 * nothing changes: hiding a group for P only enlarges P's unaccounted area, and groups below P are
 * settled before P is looked at. The result depends only on the set of groups, not on their order.
 */
public final class ComplementarySuppression {
  private static final Comparator<Group> FEWEST_FIRST =
      Comparator.comparingLong(Group::respondents).thenComparing(Group::id);

  /**
   * A group of respondents.
   *
   * @param parentId the enclosing group, or null for a root
   * @param respondents respondents in this group and all groups below it
   */
  public record Group(String id, String parentId, long respondents) {
    public Group {
      if (id == null) {
        throw new IllegalArgumentException("a group needs an id (parent " + parentId + ")");
      }
      if (respondents < 0) {
        throw new IllegalArgumentException(
            "group " + id + " has a negative respondent count: " + respondents);
      }
    }
  }

  /**
   * What a settled published group leaves to its parent if it is hidden later: its unaccounted
   * respondents and the published groups around them.
   */
  private record Area(long unaccounted, List<Group> border) {}

  private ComplementarySuppression() {}

  /**
   * The groups to hide and why, sorted by id; groups not in the map are published.
   *
   * @param groups a forest: unique ids, every parent id present, no cycles, and no group with fewer
   *     respondents than its children together
   * @param k the minimum group size, at least 3
   * @throws IllegalArgumentException when k is below 3 or the groups are not such a forest
   */
  public static Map<String, SuppressionReason> suppress(Collection<Group> groups, int k) {
    if (k < 3) {
      throw new IllegalArgumentException("the minimum group size k must be at least 3, got " + k);
    }
    Forest forest = Forest.of(groups);
    Map<String, SuppressionReason> hidden = new TreeMap<>();
    for (Group group : groups) {
      if (group.respondents() < k) {
        hidden.put(group.id(), BELOW_MIN_GROUP_SIZE);
      }
    }
    Map<String, Area> settled = new HashMap<>();
    for (Group group : forest.childrenFirst()) {
      if (!hidden.containsKey(group.id())) {
        settled.put(group.id(), protect(group, forest, k, hidden, settled));
      }
    }
    return Collections.unmodifiableMap(hidden);
  }

  private static Area protect(
      Group parent,
      Forest forest,
      int k,
      Map<String, SuppressionReason> hidden,
      Map<String, Area> settled) {
    long unaccounted = forest.remainder(parent);
    PriorityQueue<Group> border = new PriorityQueue<>(FEWEST_FIRST);
    for (Group child : forest.children(parent)) {
      if (hidden.containsKey(child.id())) {
        // Not yet settled, so hidden for its size, and so is everything below it.
        unaccounted += child.respondents();
      } else {
        border.add(child);
      }
    }
    while (unaccounted > 0 && unaccounted < k) {
      // Never empty: with every group below hidden, all of the parent's respondents (>= k) are
      // unaccounted.
      Group next = border.remove();
      hidden.put(next.id(), COMPLEMENTARY);
      Area merged = settled.get(next.id());
      unaccounted += merged.unaccounted();
      border.addAll(merged.border());
    }
    return new Area(unaccounted, List.copyOf(border));
  }

  /** The groups indexed by parent, checked to be a forest. */
  private record Forest(List<Group> childrenFirst, Map<String, List<Group>> childrenById) {

    static Forest of(Collection<Group> groups) {
      Map<String, Group> byId = new HashMap<>();
      for (Group group : groups) {
        if (byId.put(group.id(), group) != null) {
          throw new IllegalArgumentException("group " + group.id() + " is listed twice");
        }
      }
      Map<String, List<Group>> childrenById = new HashMap<>();
      List<Group> roots = new ArrayList<>();
      for (Group group : groups) {
        if (group.parentId() == null) {
          roots.add(group);
        } else if (byId.containsKey(group.parentId())) {
          childrenById.computeIfAbsent(group.parentId(), id -> new ArrayList<>()).add(group);
        } else {
          throw new IllegalArgumentException(
              "group "
                  + group.id()
                  + " has parent "
                  + group.parentId()
                  + ", which is not in the list");
        }
      }
      // Sorted so that the walk, and so the result, does not depend on the input order.
      roots.sort(Comparator.comparing(Group::id));
      childrenById.values().forEach(children -> children.sort(Comparator.comparing(Group::id)));

      List<Group> topDown = new ArrayList<>(groups.size());
      Deque<Group> queue = new ArrayDeque<>(roots);
      while (!queue.isEmpty()) {
        Group group = queue.remove();
        topDown.add(group);
        queue.addAll(childrenById.getOrDefault(group.id(), List.of()));
      }
      if (topDown.size() != groups.size()) {
        Set<String> unreached = new TreeSet<>(byId.keySet());
        topDown.forEach(group -> unreached.remove(group.id()));
        throw new IllegalArgumentException(
            "groups " + unreached + " form a cycle instead of leading to a root");
      }
      List<Group> childrenFirst = new ArrayList<>(topDown);
      Collections.reverse(childrenFirst);
      Forest forest = new Forest(List.copyOf(childrenFirst), childrenById);
      for (Group group : topDown) {
        if (forest.remainder(group) < 0) {
          throw new IllegalArgumentException(
              "group "
                  + group.id()
                  + " has "
                  + group.respondents()
                  + " respondents, fewer than its children together");
        }
      }
      return forest;
    }

    List<Group> children(Group parent) {
      return childrenById.getOrDefault(parent.id(), List.of());
    }

    /** The parent's direct members: respondents in no child group. */
    long remainder(Group parent) {
      return parent.respondents() - children(parent).stream().mapToLong(Group::respondents).sum();
    }
  }
}
