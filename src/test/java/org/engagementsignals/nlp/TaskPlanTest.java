package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagementsignals.contract.Sha256;
import org.junit.jupiter.api.Test;

class TaskPlanTest {

  @Test
  void tasksShrinkTowardsTheEndAndCoverEveryText() {
    List<Long> sizes = TaskPlan.sizes(2000, 100, 2);

    assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);
    assertThat(sizes.get(0)).isEqualTo(100);
    for (int i = 1; i < sizes.size(); i++) {
      assertThat(sizes.get(i)).isLessThanOrEqualTo(sizes.get(i - 1));
    }
    assertThat(sizes.get(sizes.size() - 1)).isLessThanOrEqualTo(TaskPlan.MIN_TEXTS);
    assertThat(sizes).hasSizeLessThan(40);
  }

  @Test
  void fewTextsGiveSmallTasksAndNoTextsOneEmptyTask() {
    assertThat(TaskPlan.sizes(12, 100, 2)).containsExactly(5L, 5L, 2L);
    assertThat(TaskPlan.sizes(0, 100, 2)).containsExactly(0L);
    assertThat(TaskPlan.sizes(3, 1, 2)).containsExactly(1L, 1L, 1L);
    assertThat(TaskPlan.of(0, 100, 2).numPartitions()).isEqualTo(1);
  }

  @Test
  void everyHashGetsAValidTaskAndTaskLoadsFollowThePlan() {
    int texts = 20_000;
    TaskPlan plan = TaskPlan.of(texts, 100, 2);
    List<Long> planned = TaskPlan.sizes(texts, 100, 2);
    long[] counts = new long[plan.numPartitions()];
    for (int i = 0; i < texts; i++) {
      int task = plan.getPartition(Sha256.hex("comment " + i));
      assertThat(task).isBetween(0, plan.numPartitions() - 1);
      counts[task]++;
    }
    // Hash-assigned, so loads are binomial around the plan: within 5 standard deviations plus 3.
    for (int t = 0; t < counts.length; t++) {
      double expected = planned.get(t);
      assertThat((double) counts[t])
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(5 * Math.sqrt(expected) + 3));
    }
    assertThat(plan.getPartition("f".repeat(64))).isEqualTo(plan.numPartitions() - 1);
    assertThat(plan.getPartition("0".repeat(64))).isZero();
  }
}
