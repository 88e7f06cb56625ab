package org.engagementsignals.config;

import java.util.Objects;

/** Where the exports are and how to read them. */
public record InputSettings(
    String dir, int maxTextChars, ColumnMapping survey, ColumnMapping reflection) {

  public InputSettings {
    if (dir == null || dir.isBlank()) {
      throw new SettingsException("signals.input.dir", dir, "must name a folder");
    }
    if (maxTextChars < 1 || maxTextChars > 1_000_000) {
      throw new SettingsException(
          "signals.input.max-text-chars", maxTextChars, "must be between 1 and 1000000");
    }
    Objects.requireNonNull(survey);
    Objects.requireNonNull(reflection);
  }
}
