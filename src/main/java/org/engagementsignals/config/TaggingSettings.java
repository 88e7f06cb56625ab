package org.engagementsignals.config;

/**
 * Where the taxonomy and the label model are.
 *
 * @param labelModel the folder written by {@code signals train} (docs/labels.md)
 */
public record TaggingSettings(String taxonomyFile, String labelModel) {

  public TaggingSettings {
    if (taxonomyFile == null || taxonomyFile.isBlank()) {
      throw new SettingsException(
          "signals.tagging.taxonomy-file", taxonomyFile, "must name a file");
    }
    if (labelModel == null || labelModel.isBlank()) {
      throw new SettingsException("signals.tagging.label-model", labelModel, "must name a folder");
    }
  }
}
