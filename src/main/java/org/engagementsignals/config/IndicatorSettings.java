package org.engagementsignals.config;

/** Confidentiality and statistics settings of the indicator tables. */
public record IndicatorSettings(int minGroupSize) {
  /** Below this, a group is too small to stay anonymous whatever the config says. */
  public static final int MIN_GROUP_SIZE_FLOOR = 3;

  public IndicatorSettings {
    if (minGroupSize < MIN_GROUP_SIZE_FLOOR) {
      throw new SettingsException(
          "signals.indicators.min-group-size",
          minGroupSize,
          "must be at least " + MIN_GROUP_SIZE_FLOOR);
    }
  }
}
