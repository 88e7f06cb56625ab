package org.engagementsignals.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagementsignals.indicators.ComplementarySuppression.Cell;

/**
 * A reader who knows exactly who belongs to which group (the hierarchy, who answered about which
 * leader, who moved team) and every published count, and solves the linear equations "a published
 * count = the sum of its cells" for any set of people with 1 to k − 1 members whose size follows.
 * It is written apart from the code under test: it does not run the suppression rule, it tests
 * membership in the row space of the published groups.
 *
 * <p>A set S of cells has a known size exactly when its indicator vector is a linear combination of
 * the published groups' indicator vectors (then the same combination of published counts gives it,
 * and the same combination of published sums gives its members' sums). The test is exact linear
 * algebra modulo the prime 2^31 − 1 (a 0/1 vector is in the span over the rationals, and so modulo
 * the prime, unless the prime divides a determinant of the 0/1 matrix: far beyond the sizes here).
 *
 * <p>Search. Cells whose published groups are the same (a "block") always enter a combination with
 * the same weight, so a determinable set is a union of whole blocks; the attacker tries every union
 * of blocks with 1 to k − 1 members. When there are at most {@value #EXHAUSTIVE_CELLS} small cells
 * it also tries every union of single cells, which does not rely on that argument.
 */
public final class DisclosureAttacker {
  private static final long P = 2_147_483_647L;
  private static final int EXHAUSTIVE_CELLS = 16;
  private static final long BUDGET = 5_000_000;

  /** A set of people, given as cells, whose size {@code respondents} (1 to k − 1) follows. */
  public record Disclosure(List<SortedSet<String>> cells, long respondents) {}

  private final List<Cell> cells;
  private final int k;
  private final int maxUnits;
  private final long[][] residual;
  private long steps;

  private DisclosureAttacker(List<Cell> cells, Set<String> published, int k, int maxUnits) {
    this.cells = cells;
    this.k = k;
    this.maxUnits = maxUnits;
    this.residual = residuals(cells, published);
  }

  /**
   * Up to {@code limit} disclosures, smallest sets first within each search.
   *
   * @throws IllegalStateException when the search would take more than a few million steps (never a
   *     silent pass)
   */
  public static List<Disclosure> disclosures(
      Collection<Cell> cells, Set<String> published, int k, int limit) {
    return disclosures(cells, published, k, limit, Integer.MAX_VALUE);
  }

  /**
   * The same, trying unions of at most {@code maxUnits} blocks or cells: a quick look for the
   * obvious disclosures, not a proof that there are none.
   */
  public static List<Disclosure> disclosures(
      Collection<Cell> cells, Set<String> published, int k, int limit, int maxUnits) {
    Map<SortedSet<String>, Long> merged = new TreeMap<>(Comparator.comparing(Object::toString));
    for (Cell c : cells) {
      if (c.respondents() > 0) {
        merged.merge(c.groups(), c.respondents(), Long::sum);
      }
    }
    List<Cell> live = new ArrayList<>();
    merged.forEach((groups, n) -> live.add(new Cell(groups, n)));
    return new DisclosureAttacker(live, published, k, maxUnits).search(published, limit);
  }

  private List<Disclosure> search(Set<String> published, int limit) {
    List<Disclosure> found = new ArrayList<>();
    // Blocks: cells with the same published groups. Cells in no published group never appear in a
    // combination, so they are left out.
    Map<SortedSet<String>, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      SortedSet<String> in = new TreeSet<>(cells.get(i).groups());
      in.retainAll(published);
      if (!in.isEmpty()) {
        blocks.computeIfAbsent(in, x -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> units = new ArrayList<>(blocks.values());
    search(units, found, limit);
    List<List<Integer>> smallCells = new ArrayList<>();
    for (List<Integer> block : units) {
      for (int i : block) {
        if (cells.get(i).respondents() < k) {
          smallCells.add(List.of(i));
        }
      }
    }
    if (smallCells.size() <= EXHAUSTIVE_CELLS) {
      search(smallCells, found, limit);
    }
    return found;
  }

  /** Unions of 1, then 2, ... units: the smallest sets are found first. */
  private void search(List<List<Integer>> units, List<Disclosure> found, int limit) {
    List<List<Integer>> small = new ArrayList<>();
    for (List<Integer> unit : units) {
      if (size(unit) < k) {
        small.add(unit);
      }
    }
    small.sort(Comparator.comparingLong(this::size));
    int width = residual.length == 0 ? 0 : residual[0].length;
    int most = Math.min(Math.min(k - 1, small.size()), maxUnits);
    for (int count = 1; count <= most && found.size() < limit; count++) {
      dfs(small, 0, count, new ArrayList<>(), 0, new long[width], found, limit);
    }
  }

  private void dfs(
      List<List<Integer>> units,
      int from,
      int count,
      List<List<Integer>> chosen,
      long total,
      long[] sum,
      List<Disclosure> found,
      int limit) {
    for (int u = from; u < units.size() && found.size() < limit; u++) {
      if (++steps > BUDGET) {
        throw new IllegalStateException(
            "the attacker's search is too large (" + units.size() + " small units)");
      }
      List<Integer> unit = units.get(u);
      long n = total + size(unit);
      if (n >= k) {
        return; // sorted by size: every later unit is at least as large
      }
      long[] next = sum.clone();
      for (int i : unit) {
        for (int c = 0; c < next.length; c++) {
          next[c] = (next[c] + residual[i][c]) % P;
        }
      }
      chosen.add(unit);
      if (chosen.size() == count) {
        if (isZero(next)) {
          List<SortedSet<String>> set = new ArrayList<>();
          chosen.forEach(x -> x.forEach(i -> set.add(cells.get(i).groups())));
          found.add(new Disclosure(set, n));
        }
      } else {
        dfs(units, u + 1, count, chosen, n, next, found, limit);
      }
      chosen.remove(chosen.size() - 1);
    }
  }

  private long size(List<Integer> unit) {
    return unit.stream().mapToLong(i -> cells.get(i).respondents()).sum();
  }

  private static boolean isZero(long[] v) {
    for (long x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * For each cell i, e_i reduced against the row-reduced published groups: a set's indicator is in
   * their span exactly when its cells' residuals add up to 0.
   */
  private static long[][] residuals(List<Cell> cells, Set<String> published) {
    int m = cells.size();
    Map<String, long[]> rowByGroup = new HashMap<>();
    for (int i = 0; i < m; i++) {
      for (String g : cells.get(i).groups()) {
        if (published.contains(g)) {
          rowByGroup.computeIfAbsent(g, x -> new long[m])[i] = 1;
        }
      }
    }
    List<long[]> rows = new ArrayList<>(new TreeMap<>(rowByGroup).values());
    int[] pivotRowOfColumn = new int[m];
    java.util.Arrays.fill(pivotRowOfColumn, -1);
    int rank = 0;
    for (int col = 0; col < m && rank < rows.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < rows.size(); r++) {
        if (rows.get(r)[col] != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(rows, rank, pivot);
      long[] p = rows.get(rank);
      long inverse = modPow(p[col], P - 2);
      for (int c = 0; c < m; c++) {
        p[c] = p[c] * inverse % P;
      }
      for (int r = 0; r < rows.size(); r++) {
        long[] other = rows.get(r);
        if (r != rank && other[col] != 0) {
          long f = other[col];
          for (int c = 0; c < m; c++) {
            other[c] = Math.floorMod(other[c] - f * p[c] % P, P);
          }
        }
      }
      pivotRowOfColumn[col] = rank;
      rank++;
    }
    long[][] residual = new long[m][m];
    for (int i = 0; i < m; i++) {
      if (pivotRowOfColumn[i] < 0) {
        residual[i][i] = 1;
      } else {
        // e_i minus its pivot row: zero on every pivot column.
        long[] row = rows.get(pivotRowOfColumn[i]);
        for (int c = 0; c < m; c++) {
          residual[i][c] = Math.floorMod((c == i ? 1 : 0) - row[c], P);
        }
      }
    }
    return residual;
  }

  private static long modPow(long base, long exponent) {
    long result = 1;
    long b = base % P;
    for (long e = exponent; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = result * b % P;
      }
      b = b * b % P;
    }
    return result;
  }
}
