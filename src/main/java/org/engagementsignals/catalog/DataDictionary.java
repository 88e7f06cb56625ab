package org.engagementsignals.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.engagementsignals.contract.OutputSchemas;

/**
 * The data dictionary: for every output table, each column's type, meaning, range and what a null
 * means, read from the descriptions that {@link OutputSchemas} keeps beside each field. Written as
 * {@code docs/data-dictionary.md} (a test fails when that file and the schemas drift apart) and as
 * the fields of {@code datapackage.json}.
 */
public final class DataDictionary {

  /** One column as the dictionary describes it. */
  public record Column(
      String name, String type, boolean required, String meaning, String range, String whenNull) {}

  /**
   * The tables the dictionary covers: every view, then the operators' quarantine and suppression.
   */
  public static final List<OutputTables.Table> TABLES = tables();

  private static final Map<String, String> TABLE_MEANINGS =
      Map.of(
          "responses",
          "one row per valid input record (a survey answer or a leader's reflection)",
          "sentences",
          "one row per sentence of every valid record",
          "indicators",
          "one row per group (org, team node, leader) and source",
          "topics",
          "one row per group, source and taxonomy topic",
          "say_hear",
          "one row per leader who wrote a reflection",
          "runs",
          "one row per run: counts, versions, timings (partitioned by run_id)",
          "quarantine",
          "one row per rejected input record (operators only: it may hold raw ids)",
          "suppression",
          "one row per hidden row of indicators, topics and say_hear, with why it is hidden"
              + " (operators only: the reasons could give hidden counts away)");

  private DataDictionary() {}

  private static List<OutputTables.Table> tables() {
    List<OutputTables.Table> all = new ArrayList<>(OutputTables.ALL);
    all.add(OutputTables.QUARANTINE);
    all.add(OutputTables.SUPPRESSION);
    return List.copyOf(all);
  }

  public static String tableMeaning(OutputTables.Table table) {
    return TABLE_MEANINGS.getOrDefault(table.name(), "");
  }

  /** The table's columns, the partition column last; fails naming a column without a meaning. */
  public static List<Column> columns(OutputTables.Table table) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : table.readSchema().fields()) {
      boolean partition = f.name().equals(table.partitionColumn());
      boolean required =
          partition || !table.contract().apply(table.contract().fieldIndex(f.name())).nullable();
      columns.add(
          new Column(
              f.name(),
              typeName(f.dataType()),
              required,
              describe(table, f, OutputSchemas.COMMENT, true),
              describe(table, f, OutputSchemas.RANGE, false),
              required ? "never null" : describe(table, f, OutputSchemas.NULL_MEANING, true)));
    }
    return columns;
  }

  private static String describe(
      OutputTables.Table table, StructField f, String key, boolean mandatory) {
    String value = f.metadata().contains(key) ? f.metadata().getString(key) : "";
    if (mandatory && value.isBlank()) {
      throw new IllegalStateException(
          table.name()
              + "."
              + f.name()
              + " has no \""
              + key
              + "\": describe it beside its field in OutputSchemas");
    }
    return value;
  }

  /** Spark's SQL name of a type: string, bigint, array<string>, map<string,bigint>, ... */
  static String typeName(DataType type) {
    if (type instanceof ArrayType a) {
      return "array<" + typeName(a.elementType()) + ">";
    }
    if (type instanceof MapType m) {
      return "map<" + typeName(m.keyType()) + "," + typeName(m.valueType()) + ">";
    }
    if (type.equals(DataTypes.LongType)) {
      return "bigint";
    }
    if (type.equals(DataTypes.IntegerType)) {
      return "int";
    }
    return type.typeName();
  }

  /** {@code docs/data-dictionary.md}, generated. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary\n\n")
        .append("<!-- Generated from contract/OutputSchemas.java by DataDictionary; do not edit:")
        .append(" DataDictionaryTest fails when this file and the schemas differ. -->\n\n")
        .append("Every output table, column by column. The same descriptions are Spark column")
        .append(" comments (`DESCRIBE responses` in `signals sql`) and the field descriptions of")
        .append(" `datapackage.json` beside the outputs. Monthly tables are partitioned by")
        .append(" `period=YYYY-MM`; `runs` by `run_id`.\n");
    for (OutputTables.Table t : TABLES) {
      md.append("\n## `")
          .append(t.name())
          .append("`: ")
          .append(tableMeaning(t))
          .append("\n\n| column | type | meaning | range | null means |\n|---|---|---|---|---|\n");
      for (Column c : columns(t)) {
        md.append("| ")
            .append(c.name())
            .append(" | ")
            .append(c.type())
            .append(" | ")
            .append(cell(c.meaning()))
            .append(" | ")
            .append(cell(c.range()))
            .append(" | ")
            .append(cell(c.whenNull()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
