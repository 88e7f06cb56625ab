package org.engagementsignals.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.engagementsignals.config.Settings;
import org.engagementsignals.config.SettingsLoader;

/** Settings for tests: the shipped defaults, pointed at temporary folders. */
public final class TestSettings {

  private TestSettings() {}

  public static Settings of(Path input, Path output, String... keyValues) {
    Map<String, String> overrides = new HashMap<>();
    overrides.put("signals.input.dir", input.toString());
    overrides.put("signals.output.dir", output.toString());
    overrides.put("signals.nlp.progress-interval-seconds", "60");
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.put(keyValues[i], keyValues[i + 1]);
    }
    return SettingsLoader.load(Optional.empty(), overrides);
  }

  /** The default chain, as every NLP test uses it: one pipeline per test JVM. */
  public static org.engagementsignals.config.NlpSettings nlp() {
    return SettingsLoader.load(Optional.empty(), Map.of()).nlp();
  }
}
