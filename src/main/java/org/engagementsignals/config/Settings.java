package org.engagementsignals.config;

import java.util.Objects;

/**
 * Everything a run needs to know, bound once from HOCON. Immutable; secrets are never held here.
 */
public record Settings(
    InputSettings input,
    OutputSettings output,
    PrivacySettings privacy,
    NlpSettings nlp,
    TaggingSettings tagging,
    IndicatorSettings indicators,
    SparkSettings spark,
    ReportSettings report,
    ClusterSettings cluster) {

  public Settings {
    Objects.requireNonNull(input);
    Objects.requireNonNull(output);
    Objects.requireNonNull(privacy);
    Objects.requireNonNull(nlp);
    Objects.requireNonNull(tagging);
    Objects.requireNonNull(indicators);
    Objects.requireNonNull(spark);
    Objects.requireNonNull(report);
    Objects.requireNonNull(cluster);
  }

  /**
   * The settings that change what the outputs contain (not where they go or how fast they are
   * made). Hashed into the run manifest's config fingerprint.
   */
  public String outputAffectingSettings() {
    return "input.max-text-chars="
        + input.maxTextChars()
        + ";columns="
        + input.survey()
        + input.reflection()
        + ";output.response-text="
        + output.responseText()
        + ";nlp="
        + nlp.fingerprintSource()
        + ";label-model="
        + tagging.labelModel()
        + ";k="
        + indicators.minGroupSize();
  }
}
