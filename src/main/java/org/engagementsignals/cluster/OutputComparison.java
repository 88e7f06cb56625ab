package org.engagementsignals.cluster;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares two output roots table by table, by content: every table found under either root (each
 * top folder not starting with "_" or "."), read with its own schema. Schemas must be equal and the
 * rows equal both ways as multisets, floating-point values within a relative tolerance (sums over
 * differently split data differ in their last bits). What differs by nature between two runs is
 * left out: the run id wherever it appears, and in the run manifest ({@code runs}) its timestamps
 * and timings. No column list is fixed here, so tables and columns added later are compared too.
 */
final class OutputComparison {
  private static final String RUNS = "runs";
  private static final int EXAMPLES = 3;
  private static final int EXAMPLE_CHARS = 300;

  /** The verdict on one table. */
  record Table(
      String name,
      String schemaDifference,
      long leftRows,
      long rightRows,
      long onlyLeft,
      long onlyRight,
      double largestFloatDifference,
      List<String> examples) {

    boolean equal() {
      return schemaDifference.isEmpty() && onlyLeft == 0 && onlyRight == 0;
    }

    String render(String left, String right) {
      if (!schemaDifference.isEmpty()) {
        return String.format(Locale.ROOT, "  %-12s DIFFERENT: %s", name, schemaDifference);
      }
      String rows =
          String.format(
              Locale.ROOT,
              "  %-12s %s: %d rows in %s, %d in %s; %d only in %s, %d only in %s; largest float"
                  + " difference %.1e",
              name,
              equal() ? "equal" : "DIFFERENT",
              leftRows,
              left,
              rightRows,
              right,
              onlyLeft,
              left,
              onlyRight,
              right,
              largestFloatDifference);
      StringBuilder s = new StringBuilder(rows);
      examples.forEach(e -> s.append(System.lineSeparator()).append("      ").append(e));
      return s.toString();
    }
  }

  private final SparkSession spark;
  private final double tolerance;

  OutputComparison(SparkSession spark, double tolerance) {
    this.spark = spark;
    this.tolerance = tolerance;
  }

  /** Every table under either root, compared, in name order. */
  List<Table> compare(Path left, Path right) throws IOException {
    TreeSet<String> names = new TreeSet<>(tables(left));
    names.addAll(tables(right));
    List<Table> out = new ArrayList<>();
    for (String name : names) {
      out.add(compareTable(name, left.resolve(name), right.resolve(name)));
    }
    return out;
  }

  static List<String> tables(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private Table compareTable(String name, Path left, Path right) {
    if (!Files.isDirectory(left) || !Files.isDirectory(right)) {
      return new Table(name, "present in one output only", 0, 0, 0, 0, 0, List.of());
    }
    Dataset<Row> l = comparable(name, spark.read().parquet(left.toString()));
    Dataset<Row> r = comparable(name, spark.read().parquet(right.toString()));
    if (!l.schema().equals(r.schema())) {
      return new Table(
          name,
          "schemas differ: " + l.schema().simpleString() + " vs " + r.schema().simpleString(),
          0,
          0,
          0,
          0,
          0,
          List.of());
    }
    StructType schema = l.schema();
    List<List<Object>> leftRows = canonicalRows(l.collectAsList(), schema);
    List<List<Object>> rightRows = canonicalRows(r.collectAsList(), schema);
    return matchRows(name, leftRows, rightRows);
  }

  /** The table without the columns that differ between any two runs by nature. */
  static Dataset<Row> comparable(String table, Dataset<Row> rows) {
    List<String> volatileColumns = new ArrayList<>();
    for (StructField field : rows.schema().fields()) {
      boolean runTimeOrTiming =
          table.equals(RUNS)
              && (field.dataType().equals(DataTypes.TimestampType)
                  || field.name().endsWith("_seconds"));
      if (field.name().equals("run_id") || runTimeOrTiming) {
        volatileColumns.add(field.name());
      }
    }
    return rows.drop(volatileColumns.toArray(String[]::new));
  }

  /** Both sides sorted the same way, then walked in step; a row unmatched on either side counts. */
  private Table matchRows(String name, List<List<Object>> left, List<List<Object>> right) {
    Comparator<Object> exact = (a, b) -> compareValues(a, b, 0);
    left.sort(exact::compare);
    right.sort(exact::compare);
    int i = 0;
    int j = 0;
    long onlyLeft = 0;
    long onlyRight = 0;
    double[] largest = {0};
    List<String> examples = new ArrayList<>();
    while (i < left.size() || j < right.size()) {
      int c;
      if (i == left.size()) {
        c = 1;
      } else if (j == right.size()) {
        c = -1;
      } else {
        c = compareValues(left.get(i), right.get(j), tolerance);
      }
      if (c == 0) {
        largest[0] = Math.max(largest[0], largestDifference(left.get(i), right.get(j)));
        i++;
        j++;
      } else if (c < 0) {
        onlyLeft++;
        example(examples, "only left:  ", left.get(i++));
      } else {
        onlyRight++;
        example(examples, "only right: ", right.get(j++));
      }
    }
    return new Table(
        name, "", left.size(), right.size(), onlyLeft, onlyRight, largest[0], examples);
  }

  private static void example(List<String> examples, String label, List<Object> row) {
    if (examples.size() < EXAMPLES) {
      String text = row.toString();
      examples.add(
          label
              + (text.length() > EXAMPLE_CHARS ? text.substring(0, EXAMPLE_CHARS) + "..." : text));
    }
  }

  static List<List<Object>> canonicalRows(List<Row> rows, StructType schema) {
    List<List<Object>> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(canonicalStruct(row, schema));
    }
    return out;
  }

  /**
   * A value as plain Java values that compare by content: structs and arrays as lists, maps as
   * lists of [key, value] sorted by key, floats as doubles, binary as hex.
   */
  static Object canonical(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof StructType struct) {
      return canonicalStruct((Row) value, struct);
    }
    if (type instanceof ArrayType array) {
      List<Object> out = new ArrayList<>();
      for (Object element :
          scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value)) {
        out.add(canonical(element, array.elementType()));
      }
      return out;
    }
    if (type instanceof MapType map) {
      List<Object> entries = new ArrayList<>();
      for (Map.Entry<?, ?> e :
          scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Map<?, ?>) value)
              .entrySet()) {
        entries.add(
            Arrays.asList(
                canonical(e.getKey(), map.keyType()), canonical(e.getValue(), map.valueType())));
      }
      entries.sort((a, b) -> compareValues(a, b, 0));
      return entries;
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return value;
  }

  private static List<Object> canonicalStruct(Row row, StructType struct) {
    List<Object> out = new ArrayList<>(struct.size());
    StructField[] fields = struct.fields();
    for (int k = 0; k < fields.length; k++) {
      out.add(canonical(row.get(row.fieldIndex(fields[k].name())), fields[k].dataType()));
    }
    return out;
  }

  /**
   * Orders canonical values; doubles within {@code tolerance} of each other (relative to the larger
   * magnitude, at least 1) compare as equal.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compareValues(Object a, Object b, double tolerance) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Double x && b instanceof Double y) {
      if (Math.abs(x - y) <= tolerance * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)))) {
        return 0;
      }
      return Double.compare(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
        int c = compareValues(x.get(k), y.get(k), tolerance);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.size(), y.size());
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a.getClass() != b.getClass()) {
      return a.getClass().getName().compareTo(b.getClass().getName());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** The largest difference between matching doubles of two rows that compared equal. */
  private static double largestDifference(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return Math.abs(x - y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      double largest = 0;
      for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
        largest = Math.max(largest, largestDifference(x.get(k), y.get(k)));
      }
      return largest;
    }
    return 0;
  }
}
