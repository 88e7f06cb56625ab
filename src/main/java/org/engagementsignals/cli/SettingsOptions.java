package org.engagementsignals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementsignals.config.Settings;
import org.engagementsignals.config.SettingsLoader;
import picocli.CommandLine.Option;

/**
 * The options every command shares for its settings ({@code --conf}, {@code -D}), as a picocli
 * mixin.
 */
final class SettingsOptions {
  /** Where the launcher says the project lives; its conf/application.conf is the default config. */
  static final String HOME_PROPERTY = "engagement-signals.home";

  @Option(
      names = "--conf",
      paramLabel = "FILE",
      description = "HOCON config file (default: conf/application.conf of the project).")
  Path conf;

  @Option(
      names = "-D",
      paramLabel = "KEY=VALUE",
      description = "Override any setting, e.g. -Dsignals.output.response-text=true.")
  Map<String, String> overrides = new LinkedHashMap<>();

  /** The settings, with {@code extra} (a command's own options) above the {@code -D} pairs. */
  Settings load(Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>(overrides);
    all.putAll(extra);
    return SettingsLoader.load(conf != null ? Optional.of(conf) : defaultConfigFile(), all);
  }

  Settings load() {
    return load(Map.of());
  }

  /** The settings with a command's {@code --output} (when given) as {@code signals.output.dir}. */
  Settings loadWithOutput(String output) {
    return output == null ? load() : load(Map.of("signals.output.dir", output));
  }

  /**
   * These options as command-line arguments, for a child process that must load the same settings.
   */
  List<String> asArguments() {
    List<String> args = new ArrayList<>();
    if (conf != null) {
      args.add("--conf=" + conf.toAbsolutePath());
    }
    overrides.forEach((key, value) -> args.add("-D" + key + "=" + value));
    return args;
  }

  /** The project's conf/application.conf, when there is one. */
  static Optional<Path> defaultConfigFile() {
    String home = System.getProperty(HOME_PROPERTY);
    Path candidate =
        home == null
            ? Path.of("conf", "application.conf")
            : Path.of(home, "conf", "application.conf");
    return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /** A relative path is looked up in the working folder, then in the project folder. */
  static Path projectFile(String path) {
    Path p = Path.of(path);
    String home = System.getProperty(HOME_PROPERTY);
    if (p.isAbsolute() || Files.exists(p) || home == null) {
      return p;
    }
    return Path.of(home).resolve(p);
  }
}
