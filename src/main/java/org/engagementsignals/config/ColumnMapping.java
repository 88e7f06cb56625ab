package org.engagementsignals.config;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical field name to the column name used by an export (e.g. {@code text -> "Comment"}).
 * Column names match case-insensitively and ignoring surrounding spaces, as survey tools are
 * inconsistent.
 */
public record ColumnMapping(Map<String, String> columnByField) implements Serializable {

  public ColumnMapping {
    columnByField = java.util.Collections.unmodifiableMap(new TreeMap<>(columnByField));
  }

  /** The export's column name for a canonical field. */
  public String column(String field) {
    String column = columnByField.get(field);
    if (column == null) {
      throw new IllegalArgumentException("no column mapped for field " + field);
    }
    return column;
  }

  /** How a header cell is compared with a mapped column name. */
  public static String normalizeHeader(String name) {
    String n = name.strip();
    if (!n.isEmpty() && n.charAt(0) == '\uFEFF') {
      n = n.substring(1).strip();
    }
    return n.toLowerCase(java.util.Locale.ROOT);
  }
}
