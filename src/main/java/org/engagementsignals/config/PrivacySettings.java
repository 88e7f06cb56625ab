package org.engagementsignals.config;

/** Where the pseudonymisation key comes from (never the key itself). */
public record PrivacySettings(String keyEnv, String keyFile) {

  public PrivacySettings {
    if (keyEnv == null || keyEnv.isBlank()) {
      throw new SettingsException(
          "signals.privacy.key-env", keyEnv, "must name an environment variable");
    }
    keyFile = keyFile == null ? "" : keyFile.strip();
  }
}
