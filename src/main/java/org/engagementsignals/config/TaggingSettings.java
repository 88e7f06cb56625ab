package org.engagementsignals.config;

/** Where the taxonomy and the response polarity model are ("" for no model). */
public record TaggingSettings(String taxonomyFile, String responsePolarityModel) {

  public TaggingSettings {
    if (taxonomyFile == null || taxonomyFile.isBlank()) {
      throw new SettingsException(
          "signals.tagging.taxonomy-file", taxonomyFile, "must name a file");
    }
  }
}
