package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions of the code and its NLP engine, stamped into the jar at build time.
 *
 * @param commit the git commit the jar was built from, or {@code unknown} when it was built outside
 *     git
 * @param buildTime when the jar was built (UTC, {@code yyyyMMdd'T'HHmmss'Z'})
 */
public record BuildInfo(
    String version, String corenlpVersion, String sparkVersion, String commit, String buildTime) {

  static final String UNKNOWN = "unknown";

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
        stamped(p, "version"),
        stamped(p, "corenlp.version"),
        stamped(p, "spark.version"),
        stamped(p, "git.commit"),
        stamped(p, "build.time"));
  }

  /**
   * What identifies the code that made an output: the commit and the build time. The commit alone
   * cannot tell a build with uncommitted changes from a clean one (or any two builds made outside
   * git), so every build counts as new code: a rebuild of the same commit starts a new annotation
   * cache, which costs time and never serves annotations from other code.
   */
  public String codeIdentity() {
    return commit + "@" + buildTime;
  }

  /** A value the build filled in, or {@code unknown} (no git, or classes not built by Maven). */
  private static String stamped(Properties p, String key) {
    String value = p.getProperty(key, UNKNOWN).strip();
    return value.isEmpty() || value.contains("${") ? UNKNOWN : value;
  }
}
