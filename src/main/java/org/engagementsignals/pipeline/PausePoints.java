package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test hook, off unless the JVM is started with {@code -Dengagement-signals.pause-dir=DIR}: the
 * job then records each named point it reaches as an empty file {@code DIR/<point>.reached}, and at
 * the point named by {@code -Dengagement-signals.pause-at} it writes {@code <point>.paused} and
 * waits forever, so that the fault test can kill it there with SIGKILL. Points are named {@code
 * stage.responses}, {@code commit.moved-in.sentences}, {@code recover.committed} and so on.
 */
final class PausePoints {
  private static final String DIR = System.getProperty("engagement-signals.pause-dir", "");
  private static final String PAUSE_AT = System.getProperty("engagement-signals.pause-at", "");

  private PausePoints() {}

  static void reach(String point) {
    if (DIR.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(Path.of(DIR));
      Files.writeString(Path.of(DIR, point + ".reached"), "");
      if (point.equals(PAUSE_AT)) {
        Files.writeString(Path.of(DIR, point + ".paused"), "");
        while (true) {
          Thread.sleep(60_000);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the pause point " + point, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
