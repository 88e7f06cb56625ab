package org.engagementsignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementsignals.contract.OutputPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage and configuration errors end with exit code 2 and one line naming the bad value, before
 * Spark.
 */
class SignalsCliTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private PrintStream originalOut;

  @BeforeEach
  void capture() {
    originalErr = System.err;
    originalOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    System.setOut(originalOut);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpSucceeds() {
    assertThat(SignalsCli.execute("run", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--month")
        .contains("--input")
        .contains("--conf");
  }

  @Test
  void runsHelpNamesEveryOutputItWrites() {
    assertThat(SignalsCli.execute("run", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " "))
        .contains(
            OutputPaths.RESPONSES,
            OutputPaths.SENTENCES,
            OutputPaths.QUARANTINE,
            OutputPaths.INDICATORS,
            OutputPaths.TOPICS,
            OutputPaths.SAY_HEAR,
            OutputPaths.SUPPRESSION,
            OutputPaths.RUNS + "/");
  }

  @Test
  void aBadMonthIsAUsageError() {
    assertThat(SignalsCli.execute("run", "--month", "2026-13")).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--month \"2026-13\" is not a month");
    assertThat(SignalsCli.execute("run")).isEqualTo(SignalsCli.USAGE);
    assertThat(SignalsCli.execute("frobnicate")).isEqualTo(SignalsCli.USAGE);
  }

  @Test
  void reportAndSqlCheckTheirOptionsBeforeSpark() {
    assertThat(SignalsCli.execute("report")).isEqualTo(SignalsCli.USAGE);
    assertThat(SignalsCli.execute("report", "--month", "2026-13")).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--month \"2026-13\" is not a month");
    assertThat(SignalsCli.execute("sql", "--max-rows", "0", "SELECT 1"))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--max-rows must be at least 1");
    assertThat(SignalsCli.execute("report", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--all-leaders").contains("--group");
  }

  @Test
  void aRangeOfMonthsNeedsBothEndsInOrderAndNotMonthToo() {
    assertThat(SignalsCli.execute("run", "--from", "2026-08")).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--from YYYY-MM and --to YYYY-MM");
    assertThat(SignalsCli.execute("run", "--from", "2026-10", "--to", "2026-08"))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--to 2026-08 is before --from 2026-10");
    assertThat(SignalsCli.execute("run", "--from", "2026-8", "--to", "2026-10"))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--from \"2026-8\" is not a month");
    assertThat(
            SignalsCli.execute("run", "--month", "2026-10", "--from", "2026-08", "--to", "2026-10"))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("either --month or --from and --to");
  }

  @Test
  void configErrorsNameTheKeyAndValue(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("typo.conf");
    Files.writeString(conf, "signals.input.dri = x\n");
    assertThat(SignalsCli.execute("run", "--month", "2026-10", "--conf", conf.toString()))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("unknown setting signals.input.dri");
    assertThat(stderr().lines().filter(l -> l.startsWith("signals:")).count()).isEqualTo(1);
  }

  @Test
  void aMissingInputFolderIsAConfigError(@TempDir Path dir) {
    int code =
        SignalsCli.execute(
            "run", "--month", "2026-10", "--input", dir.resolve("nope").toString(), "--demo");
    assertThat(code).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("signals.input.dir").contains("does not exist");
  }

  @Test
  void withoutAKeyOutsideDemoModeTheRunIsRefused(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("survey"));
    // The shipped config, as the launcher loads it by default: it used to switch demo mode on for
    // every input, so real exports were hashed with the public demo key.
    int code =
        SignalsCli.execute(
            "run",
            "--month",
            "2026-10",
            "--conf",
            "conf/application.conf",
            "--input",
            dir.toString(),
            "-Dsignals.privacy.key-env=SIGNALS_TEST_KEY_THAT_IS_NEVER_SET");
    assertThat(code).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr())
        .contains("no pseudonymisation key")
        .contains("SIGNALS_TEST_KEY_THAT_IS_NEVER_SET")
        .contains("--demo");
    assertThat(stderr().lines().filter(l -> !l.isBlank()).count()).isEqualTo(1);
  }

  @Test
  void cachePurgeDeletesTheCacheOrWhatIsOlderThanAsked(@TempDir Path dir) throws Exception {
    Path chain = Files.createDirectories(dir.resolve("_cache/annotations/chain=0123456789abcdef"));
    Path recent = Files.writeString(chain.resolve("part-1.parquet"), "recent");
    Path old = Files.writeString(chain.resolve("part-0.parquet"), "old");
    Files.setLastModifiedTime(
        old,
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(40 * 86400)));

    assertThat(
            SignalsCli.execute("cache", "purge", "--output", dir.toString(), "--older-than", "3w"))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--older-than \"3w\" is not an age");

    assertThat(
            SignalsCli.execute("cache", "purge", "--output", dir.toString(), "--older-than", "30d"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("cache: deleted 1 files")
        .contains("1 kept");
    assertThat(old).doesNotExist();
    assertThat(recent).exists();

    assertThat(SignalsCli.execute("cache", "purge", "--output", dir.toString())).isZero();
    assertThat(chain).doesNotExist();
  }

  @Test
  void benchRefusesBadOptionsAndInputsBeforeStartingAnyWorker(@TempDir Path dir) throws Exception {
    assertThat(SignalsCli.execute("bench", "--threads", "1,0")).isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("--threads must be at least 1, got 0");

    assertThat(SignalsCli.execute("bench", "--input", dir.resolve("nope.csv").toString()))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("nope.csv is not a file");

    Path noTextColumn = dir.resolve("no-text.csv");
    Files.writeString(noTextColumn, "team,comment\nA,fine\n");
    assertThat(SignalsCli.execute("bench", "--input", noTextColumn.toString()))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("no-text.csv: ").contains("text");

    Path blankTexts = dir.resolve("blank.csv");
    Files.writeString(blankTexts, "team,text\nA,\"  \"\n");
    assertThat(SignalsCli.execute("bench", "--input", blankTexts.toString()))
        .isEqualTo(SignalsCli.USAGE);
    assertThat(stderr()).contains("blank.csv has no row with a non-empty 'text'");
  }
}
