package org.engagementsignals.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for a Spark distribution's folder: a worker builds its executors' class path from
 * {@code $SPARK_HOME/jars/}, and links to the jars Maven resolved for Spark are enough.
 */
final class SparkHome {
  private SparkHome() {}

  static Path prepare(Path home, List<Path> sparkJars) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : sparkJars) {
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return home;
  }
}
