package org.engagementsignals.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.engagementsignals.config.Settings;
import org.engagementsignals.nlp.AnnotationCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signals cache purge}: the annotation cache, which a run otherwise keeps for itself. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description =
        "The annotation cache (signals.nlp.cache-dir, by default <output>/_cache/annotations).",
    subcommands = {CacheCommand.Purge.class})
final class CacheCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a cache command is required: 'cache purge [--older-than 30d]'");
  }

  @Command(
      name = "purge",
      mixinStandardHelpOptions = true,
      description = {
        "Deletes cached annotations: all of them, or those written longer ago than --older-than.",
        "The next run annotates again whatever it needs. Runs also apply signals.nlp.cache-retention-days."
      })
  static final class Purge implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d+)([dh])");

    @Option(
        names = "--older-than",
        paramLabel = "AGE",
        description = "Only annotations older than this: days (30d) or hours (12h).")
    String olderThan;

    @Option(
        names = "--output",
        paramLabel = "DIR",
        description = "Output root whose cache to purge (default: signals.output.dir).")
    String output;

    @CommandLine.Mixin SettingsOptions settingsOptions;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Duration age = olderThan == null ? null : parseAge();
      Settings settings = settingsOptions.loadWithOutput(output);
      String root = AnnotationCache.root(settings.nlp(), settings.output().dir());
      if (root == null) {
        spec.commandLine()
            .getOut()
            .println("cache: off (signals.nlp.cache-dir = off), nothing to purge");
        return SignalsCli.OK;
      }
      AnnotationCache.Purged p =
          AnnotationCache.purge(root, age, Instant.now(), new Configuration());
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "cache: deleted %d files (%.1f MiB)%s under %s; %d kept%n",
              p.filesDeleted(),
              p.bytesDeleted() / 1048576.0,
              olderThan == null ? "" : " older than " + olderThan,
              p.root(),
              p.filesKept());
      return SignalsCli.OK;
    }

    private Duration parseAge() {
      Matcher m = AGE.matcher(olderThan.strip());
      if (!m.matches()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--older-than \"" + olderThan + "\" is not an age in days or hours, e.g. 30d or 12h");
      }
      long n = Long.parseLong(m.group(1));
      return m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
    }
  }
}
