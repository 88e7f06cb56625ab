package org.engagementsignals.tagging;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.engagementsignals.config.SettingsException;

/**
 * Reads {@code conf/taxonomy.conf}. Every problem stops the run before Spark starts, with the file,
 * line and reason, so a typo in a family name cannot silently drop a topic.
 */
public final class TaxonomyLoader {
  private static final Set<String> TOPIC_KEYS = Set.of("family", "polarity", "focus", "phrases");

  private TaxonomyLoader() {}

  public static Taxonomy load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException(
          "taxonomy file " + file + " does not exist (signals.tagging.taxonomy-file)");
    }
    Config root;
    try {
      root =
          ConfigFactory.parseFile(
                  file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false))
              .resolve();
    } catch (ConfigException e) {
      throw new SettingsException("taxonomy file cannot be parsed: " + e.getMessage());
    }
    if (!root.hasPath("taxonomy.topics")) {
      throw new SettingsException("taxonomy file " + file + " has no taxonomy.topics");
    }
    int version = root.hasPath("taxonomy.version") ? root.getInt("taxonomy.version") : 1;
    ConfigObject topics = root.getObject("taxonomy.topics");
    List<Topic> out = new ArrayList<>();
    for (String id : new java.util.TreeSet<>(topics.keySet())) {
      ConfigValue value = topics.get(id);
      if (value.valueType() != ConfigValueType.OBJECT) {
        throw error(value, id, "must be an object with family and phrases");
      }
      out.add(topic(id, (ConfigObject) value));
    }
    if (out.isEmpty()) {
      throw new SettingsException("taxonomy file " + file + " defines no topics");
    }
    return new Taxonomy(version, List.copyOf(out));
  }

  private static Topic topic(String id, ConfigObject object) {
    for (String key : object.keySet()) {
      if (!TOPIC_KEYS.contains(key)) {
        throw error(
            object.get(key), id, "unknown key '" + key + "' (expected one of " + TOPIC_KEYS + ")");
      }
    }
    ConfigValue familyValue = required(object, id, "family");
    Family family = Family.fromId(String.valueOf(familyValue.unwrapped()));
    if (family == null) {
      throw error(familyValue, id, "unknown family '" + familyValue.unwrapped() + "'");
    }
    Polarity polarity = null;
    ConfigValue polarityValue = object.get("polarity");
    if (family.polar()) {
      if (polarityValue == null) {
        throw error(
            object,
            id,
            "a " + family.id() + " topic needs polarity = positive | negative | sentiment");
      }
      polarity = enumValue(Polarity.class, polarityValue, id, "polarity");
    } else if (polarityValue != null) {
      throw error(polarityValue, id, "only trust and connection topics have a polarity");
    }
    Focus focus = family.focus();
    if (object.get("focus") != null) {
      focus = enumValue(Focus.class, object.get("focus"), id, "focus");
      if (focus == Focus.MIXED) {
        throw error(object.get("focus"), id, "focus must be RESULTS, PROCESS or NEITHER");
      }
    }
    ConfigValue phrasesValue = required(object, id, "phrases");
    if (phrasesValue.valueType() != ConfigValueType.LIST) {
      throw error(phrasesValue, id, "phrases must be a list of strings");
    }
    List<List<TokenPattern>> phrases = new ArrayList<>();
    for (ConfigValue p : (com.typesafe.config.ConfigList) phrasesValue) {
      phrases.add(phrase(p, id));
    }
    if (phrases.isEmpty()) {
      throw error(phrasesValue, id, "phrases is empty");
    }
    return new Topic(id, family, polarity, focus, List.copyOf(phrases));
  }

  private static List<TokenPattern> phrase(ConfigValue value, String id) {
    if (value.valueType() != ConfigValueType.STRING) {
      throw error(value, id, "phrase " + value.render() + " is not a string");
    }
    String text = ((String) value.unwrapped()).strip();
    if (text.isEmpty()) {
      throw error(value, id, "empty phrase");
    }
    if (!text.equals(text.toLowerCase(Locale.ROOT)) && !text.matches(".*<[A-Z_]+>.*|.*/[A-Z]+.*")) {
      throw error(value, id, "phrase \"" + text + "\" must be lowercase lemmas");
    }
    List<TokenPattern> tokens = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      tokens.add(TokenPattern.parse(token));
    }
    if (tokens.stream().allMatch(t -> t.lemma() == null && t.ner() == null)) {
      throw error(value, id, "phrase \"" + text + "\" matches anything");
    }
    return List.copyOf(tokens);
  }

  private static ConfigValue required(ConfigObject object, String id, String key) {
    ConfigValue v = object.get(key);
    if (v == null) {
      throw error(object, id, "missing " + key);
    }
    return v;
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, ConfigValue value, String id, String key) {
    try {
      return Enum.valueOf(type, String.valueOf(value.unwrapped()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(value, id, "unknown " + key + " '" + value.unwrapped() + "'");
    }
  }

  private static SettingsException error(ConfigValue where, String topic, String reason) {
    return new SettingsException(
        "taxonomy " + where.origin().description() + ": topic " + topic + ": " + reason);
  }
}
