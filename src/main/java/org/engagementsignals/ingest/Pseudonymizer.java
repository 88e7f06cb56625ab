package org.engagementsignals.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a respondent id into {@code respondent_key}: HMAC-SHA256 under a secret key, hex. Stable
 * for a key (so months join up), not reversible without it, and not a plain hash that anyone could
 * recompute from a staff list.
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ALGORITHM = "HmacSHA256";
  private final byte[] key;
  private transient Mac mac;

  public Pseudonymizer(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the pseudonymisation key must be at least 16 bytes");
    }
    this.key = key.clone();
  }

  public String keyFor(String respondentId) {
    try {
      if (mac == null) {
        mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(key, ALGORITHM));
      }
      return HexFormat.of()
          .formatHex(mac.doFinal(respondentId.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }
}
