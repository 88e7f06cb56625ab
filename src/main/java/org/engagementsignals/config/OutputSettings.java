package org.engagementsignals.config;

/** Where outputs go and how they are laid out. */
public record OutputSettings(String dir, boolean responseText, int rowsPerFile) {

  public OutputSettings {
    if (dir == null || dir.isBlank()) {
      throw new SettingsException("signals.output.dir", dir, "must name a folder");
    }
    if (rowsPerFile < 1_000) {
      throw new SettingsException(
          "signals.output.rows-per-file", rowsPerFile, "must be at least 1000");
    }
  }
}
