package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.engagementsignals.config.PrivacySettings;
import org.engagementsignals.config.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {
  private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8);

  @Test
  void isAKeyedHashStableForAKeyAndDifferentAcrossKeys() {
    Pseudonymizer p = new Pseudonymizer(KEY);
    String k = p.keyFor("E1101");
    assertThat(k)
        .hasSize(64)
        .isEqualTo(p.keyFor(" E1101 "))
        .isNotEqualTo(p.keyFor("E1102"))
        .doesNotContain("E1101");
    assertThat(
            new Pseudonymizer("another-key-of-16+".getBytes(StandardCharsets.UTF_8))
                .keyFor("E1101"))
        .isNotEqualTo(k);
  }

  @Test
  void knownAnswer() {
    // HMAC-SHA256(key="key-key-key-key-", "E1") computed independently (python3 hmac module).
    Pseudonymizer p = new Pseudonymizer("key-key-key-key-".getBytes(StandardCharsets.UTF_8));
    assertThat(p.keyFor("E1")).isEqualTo(KnownHmac.KEY_KEY_E1);
  }

  @Test
  void keyComesFromTheEnvironmentThenTheKeyFileElseTheRunIsRefused(@TempDir Path dir)
      throws Exception {
    PrivacySettings privacy = new PrivacySettings("SIGNALS_PSEUDONYM_KEY", "");
    assertThat(
            PseudonymKey.resolve(
                    privacy, false, Map.of("SIGNALS_PSEUDONYM_KEY", "from-the-environment-123"))
                .origin())
        .contains("environment");

    Path file = dir.resolve("key");
    Files.writeString(file, "from-a-key-file-456\n");
    PseudonymKey.Resolved fromFile =
        PseudonymKey.resolve(
            new PrivacySettings("SIGNALS_PSEUDONYM_KEY", file.toString()), false, Map.of());
    assertThat(new String(fromFile.key(), StandardCharsets.UTF_8)).isEqualTo("from-a-key-file-456");

    assertThatThrownBy(() -> PseudonymKey.resolve(privacy, false, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SIGNALS_PSEUDONYM_KEY");
    assertThatThrownBy(
            () -> PseudonymKey.resolve(privacy, false, Map.of("SIGNALS_PSEUDONYM_KEY", "short")))
        .hasMessageContaining("shorter than 16");
    assertThat(PseudonymKey.resolve(privacy, true, Map.of()).demo()).isTrue();
  }
}
