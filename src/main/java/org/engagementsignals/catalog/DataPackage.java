package org.engagementsignals.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A Frictionless Data Package ({@code datapackage.json}, v2) beside the outputs, so that R and
 * Python users get every column's description with the Parquet files. One resource per table that
 * has data, listing its Parquet files; quarantine is left out (operators only). Rewritten after
 * every month, so it lists what is there.
 */
public final class DataPackage {
  public static final String FILE_NAME = "datapackage.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DataPackage() {}

  /** Writes {@code <outputRoot>/datapackage.json} and returns its path. */
  public static Path write(String outputRoot, Configuration hadoop) {
    Path root = new Path(outputRoot);
    try (FileSystem fs = FileSystem.newInstance(root.toUri(), hadoop)) {
      // Read by R and Python users: no .crc file beside it on a local disk.
      fs.setWriteChecksum(false);
      Map<String, Object> pkg = describe(fs, root);
      Path file = new Path(root, FILE_NAME);
      try (OutputStream out = fs.create(file, true)) {
        JSON.writeValue(out, pkg);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE_NAME + " under " + outputRoot, e);
    }
  }

  static Map<String, Object> describe(FileSystem fs, Path root) throws IOException {
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
    pkg.put("name", "engagement-signals-outputs");
    pkg.put("title", "engagement-signals outputs");
    pkg.put(
        "description",
        "Parquet tables written by engagement-signals, Hive-partitioned by period=YYYY-MM (runs by"
            + " run_id=...): the partition column comes from the folder names. Column meanings are"
            + " in each field's description and in docs/data-dictionary.md.");
    List<Object> resources = new ArrayList<>();
    for (OutputTables.Table table : OutputTables.ALL) {
      List<String> files = parquetFiles(fs, root, table);
      if (!files.isEmpty()) {
        resources.add(resource(table, files));
      }
    }
    pkg.put("resources", resources);
    return pkg;
  }

  private static Map<String, Object> resource(OutputTables.Table table, List<String> files) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("name", table.name());
    r.put("type", "table");
    r.put("path", files);
    r.put("format", "parquet");
    r.put("mediatype", "application/vnd.apache.parquet");
    r.put(
        "description",
        DataDictionary.tableMeaning(table)
            + ". Partitioned by "
            + table.partitionColumn()
            + " (from the folder names).");
    List<Object> fields = new ArrayList<>();
    for (DataDictionary.Column c : DataDictionary.columns(table)) {
      if (c.name().equals(table.partitionColumn())) {
        continue;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", c.name());
      f.put("type", frictionlessType(c.type()));
      StringBuilder description = new StringBuilder(c.meaning());
      if (!c.range().isBlank()) {
        description.append(". Range: ").append(c.range());
      }
      if (!c.required()) {
        description.append(". Null when: ").append(c.whenNull());
      }
      f.put("description", description.toString());
      if (c.required()) {
        f.put("constraints", Map.of("required", true));
      }
      fields.add(f);
    }
    r.put("schema", Map.of("fields", fields));
    return r;
  }

  private static String frictionlessType(String sparkType) {
    if (sparkType.startsWith("array<")) {
      return "array";
    }
    if (sparkType.startsWith("map<")) {
      return "object";
    }
    return switch (sparkType) {
      case "int", "bigint" -> "integer";
      case "double" -> "number";
      case "boolean" -> "boolean";
      case "timestamp" -> "datetime";
      default -> "string";
    };
  }

  /** The table's Parquet files, relative to the root, in a stable order. */
  private static List<String> parquetFiles(FileSystem fs, Path root, OutputTables.Table table)
      throws IOException {
    Path folder = new Path(root, table.folder());
    List<String> files = new ArrayList<>();
    if (!fs.exists(folder)) {
      return files;
    }
    String prefix = fs.makeQualified(root).toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
    while (it.hasNext()) {
      FileStatus status = it.next();
      String path = fs.makeQualified(status.getPath()).toUri().getPath();
      if (path.endsWith(".parquet") && !hiddenSegment(path.substring(prefix.length()))) {
        files.add(path.substring(prefix.length() + 1));
      }
    }
    files.sort(String::compareTo);
    return files;
  }

  private static boolean hiddenSegment(String relative) {
    for (String segment : relative.split("/")) {
      if (segment.startsWith(".") || segment.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
