package org.engagementsignals.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's one stylesheet and the Content-Security-Policy that admits exactly it: {@code
 * default-src 'none'} (no script, image, font or connection of any kind) and the stylesheet by its
 * SHA-256 hash, so not even an injected {@code <style>} would apply. Charts use classes and SVG
 * presentation attributes, never {@code style=""}.
 */
public record ReportStyle(String css, String contentSecurityPolicy) {

  private static final String RESOURCE = "/report/report.css";

  public static ReportStyle load() {
    try (InputStream in = ReportStyle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the report's stylesheet " + RESOURCE + " is missing");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ReportStyle(css, policyFor(css));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String policyFor(String css) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "default-src 'none'; style-src 'sha256-"
          + Base64.getEncoder().encodeToString(hash)
          + "'; base-uri 'none'; form-action 'none'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
