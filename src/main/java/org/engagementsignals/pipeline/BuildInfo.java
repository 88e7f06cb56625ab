package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the code and its NLP engine, stamped into the jar at build time. */
public record BuildInfo(String version, String corenlpVersion, String sparkVersion) {

  public static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in =
        BuildInfo.class.getResourceAsStream("/engagement-signals-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        p.getProperty("version", "unknown"),
        p.getProperty("corenlp.version", "unknown"),
        p.getProperty("spark.version", "unknown"));
  }
}
