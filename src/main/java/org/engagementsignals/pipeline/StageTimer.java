package org.engagementsignals.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock seconds per stage, in the order the stages ran. */
final class StageTimer {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
    }
  }

  Map<String, Double> seconds() {
    Map<String, Double> copy = new LinkedHashMap<>(seconds);
    copy.put("total", seconds.values().stream().mapToDouble(Double::doubleValue).sum());
    return copy;
  }
}
