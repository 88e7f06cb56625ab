package org.engagementsignals.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.engagementsignals.config.PrivacySettings;
import org.engagementsignals.config.SettingsException;

/**
 * Finds the pseudonymisation key before Spark starts; refuses to go on without one unless demo mode
 * was asked for (the run command's {@code --demo}, or the shipped sample data).
 */
public final class PseudonymKey {
  /** Public on purpose: demo outputs must never be mistaken for protected ones. */
  static final String DEMO_KEY = "engagement-signals-demo-key-NOT-SECRET";

  private PseudonymKey() {}

  /** The key and where it came from (for the summary; never the key itself). */
  public record Resolved(byte[] key, String origin, boolean demo) {}

  /**
   * @param demoAllowed whether the public demo key may stand in for a missing key
   */
  public static Resolved resolve(
      PrivacySettings privacy, boolean demoAllowed, Map<String, String> env) {
    String fromEnv = env.get(privacy.keyEnv());
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Resolved(
          checked(fromEnv.strip(), "environment variable " + privacy.keyEnv()),
          "environment variable " + privacy.keyEnv(),
          false);
    }
    if (!privacy.keyFile().isEmpty()) {
      Path file = Path.of(privacy.keyFile());
      try {
        String key = Files.readString(file, StandardCharsets.UTF_8).strip();
        return new Resolved(checked(key, "key file " + file), "key file", false);
      } catch (IOException e) {
        throw new SettingsException(
            "signals.privacy.key-file",
            privacy.keyFile(),
            "cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (demoAllowed) {
      return new Resolved(DEMO_KEY.getBytes(StandardCharsets.UTF_8), "built-in demo key", true);
    }
    throw new SettingsException(
        "no pseudonymisation key: set the environment variable "
            + privacy.keyEnv()
            + " or signals.privacy.key-file (run --demo uses a public demo key, for a try-out on"
            + " synthetic data only)");
  }

  private static byte[] checked(String key, String where) {
    if (key.length() < 16) {
      throw new SettingsException(
          "the pseudonymisation key from " + where + " is shorter than 16 characters");
    }
    return key.getBytes(StandardCharsets.UTF_8);
  }
}
