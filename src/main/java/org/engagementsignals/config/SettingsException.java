package org.engagementsignals.config;

/** A bad setting: names the key, the bad value and (once the loader knows it) where it was set. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;

  public SettingsException(String key, Object value, String reason) {
    super("setting " + key + " = " + render(value) + ": " + reason);
    this.key = key;
  }

  public SettingsException(String message) {
    super(message);
    this.key = null;
  }

  private SettingsException(String message, String key, Throwable cause) {
    super(message, cause);
    this.key = key;
  }

  /** The full key (e.g. {@code signals.input.dir}) this error is about, or null. */
  public String key() {
    return key;
  }

  SettingsException withOrigin(String origin) {
    return new SettingsException(getMessage() + " (set in " + origin + ")", key, getCause());
  }

  static SettingsException wrap(String message, Throwable cause) {
    return new SettingsException(message, null, cause);
  }

  private static String render(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
