package org.engagementsignals.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Binds configuration into {@link Settings}. Precedence, highest first: {@code overrides} (command
 * line options and {@code -D} pairs), JVM system properties {@code signals.*}, the config file,
 * then {@code reference.conf}. Every key is read here, once; an unknown key is an error, so typos
 * do not pass silently.
 */
public final class SettingsLoader {
  private static final String ROOT = "signals";

  /** Settings that no longer exist, and what took their place. */
  private static final Map<String, String> RETIRED =
      Map.of(
          "signals.demo",
          "demo mode is asked for on the command line now: 'run --demo' (the shipped data-samples/"
              + " input needs no key)");

  private SettingsLoader() {}

  public static Settings load(Optional<Path> configFile, Map<String, String> overrides) {
    Config reference = ConfigFactory.defaultReference();
    Config user = ConfigFactory.parseMap(overrides, "command line");
    user = user.withFallback(systemProperties());
    if (configFile.isPresent()) {
      user = user.withFallback(parseFile(configFile.get()));
    }
    Config config;
    try {
      config = user.withFallback(reference).resolve();
      config.checkValid(reference, ROOT);
    } catch (ConfigException e) {
      throw SettingsException.wrap("bad configuration: " + e.getMessage(), e);
    }
    rejectUnknownKeys(user, reference);
    try {
      return bind(config.getConfig(ROOT));
    } catch (SettingsException e) {
      if (e.key() != null && config.hasPath(e.key())) {
        throw e.withOrigin(config.getValue(e.key()).origin().description());
      }
      throw e;
    } catch (ConfigException e) {
      throw SettingsException.wrap("bad configuration: " + e.getMessage(), e);
    }
  }

  private static Config systemProperties() {
    Config props = ConfigFactory.systemProperties();
    return props.hasPath(ROOT) ? props.withOnlyPath(ROOT) : ConfigFactory.empty();
  }

  private static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("config file " + file + " does not exist or is not a file");
    }
    try {
      return ConfigFactory.parseFile(
          file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw SettingsException.wrap("cannot parse config file: " + e.getMessage(), e);
    }
  }

  private static void rejectUnknownKeys(Config user, Config reference) {
    if (!user.hasPath(ROOT)) {
      return;
    }
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, ConfigValue> entry : user.getConfig(ROOT).entrySet()) {
      String key = ROOT + "." + entry.getKey();
      if (!reference.hasPath(key)) {
        String where = "set in " + entry.getValue().origin().description();
        String retired = RETIRED.get(key);
        unknown.add(key + " (" + where + (retired == null ? "" : "; " + retired) + ")");
      }
    }
    if (!unknown.isEmpty()) {
      throw new SettingsException("unknown setting " + String.join(", ", unknown));
    }
  }

  private static Settings bind(Config c) {
    NlpSettings nlp =
        new NlpSettings(
            c.getString("nlp.parse-model"),
            c.getInt("nlp.parse-max-tokens"),
            c.getString("nlp.ner-models"),
            c.getInt("nlp.progress-interval-seconds"),
            c.getInt("nlp.texts-per-task"),
            c.getString("nlp.cache-dir"),
            c.getInt("nlp.text-time-budget-seconds"),
            c.getBytes("nlp.thread-stack"),
            c.getInt("nlp.cache-retention-days"));
    requireModel("signals.nlp.parse-model", nlp.parseModel());
    for (String model : nlp.nerModelList()) {
      requireModel("signals.nlp.ner-models", model);
    }
    return new Settings(
        new InputSettings(
            c.getString("input.dir"),
            c.getInt("input.max-text-chars"),
            columns(c.getConfig("input.survey.columns"), "signals.input.survey.columns"),
            columns(c.getConfig("input.reflection.columns"), "signals.input.reflection.columns")),
        new OutputSettings(
            c.getString("output.dir"),
            c.getBoolean("output.response-text"),
            c.getInt("output.rows-per-file")),
        new PrivacySettings(c.getString("privacy.key-env"), c.getString("privacy.key-file")),
        nlp,
        new TaggingSettings(
            c.getString("tagging.taxonomy-file"), c.getString("tagging.label-model")),
        new IndicatorSettings(c.getInt("indicators.min-group-size")),
        new SparkSettings(
            c.getString("spark.master"),
            c.getString("spark.app-name"),
            c.getInt("spark.shuffle-partitions"),
            c.getBoolean("spark.ui")),
        new ReportSettings(
            c.getString("report.dir"),
            c.getString("report.accuracy-file"),
            c.getBoolean("report.quotes"),
            c.getInt("report.quote-min-respondents"),
            c.getInt("report.top-topics")),
        new ClusterSettings(
            c.getString("cluster.executor-memory"),
            c.getString("cluster.models"),
            c.getString("cluster.driver-host")));
  }

  /**
   * A model that CoreNLP would not find fails here, naming its setting, before the month is read,
   * and not later inside every annotation task. CoreNLP looks on the class path, then in the file
   * system (or at a URL).
   */
  private static void requireModel(String key, String model) {
    if (model.contains("://") || SettingsLoader.class.getClassLoader().getResource(model) != null) {
      return;
    }
    try {
      if (Files.isRegularFile(Path.of(model))) {
        return;
      }
    } catch (InvalidPathException e) {
      // not a file name either: reported below
    }
    throw new SettingsException(
        key, model, "no such model on the class path or in the file system");
  }

  private static ColumnMapping columns(Config c, String prefix) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (String field : c.root().keySet()) {
      String column = c.getString(field);
      if (column.isBlank()) {
        throw new SettingsException(prefix + "." + field, column, "must name a column");
      }
      byField.put(field, column);
    }
    return new ColumnMapping(byField);
  }
}
