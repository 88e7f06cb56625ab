package org.engagementsignals.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex, for the hashes that appear in outputs and cache keys (text hashes, fingerprints).
 */
public final class Sha256 {

  private Sha256() {}

  /** The full 64-character hex digest of the bytes. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** The full hex digest of the text's UTF-8 bytes. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The first 16 hex characters (64 bits): enough to tell configurations apart in a name. */
  public static String short16(String text) {
    return hex(text).substring(0, 16);
  }
}
