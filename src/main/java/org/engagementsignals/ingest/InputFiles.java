package org.engagementsignals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.contract.Source;

/**
 * Finds the export files under {@code DIR/survey/} and {@code DIR/reflections/}, in subfolders too.
 */
public final class InputFiles {

  private InputFiles() {}

  /** One file to read and the source it belongs to. */
  public record InputFile(Source source, String path) {}

  /**
   * Fails (as a configuration error, so before Spark starts) when the input folder or both source
   * folders are missing: an empty run there would only hide a wrong path.
   */
  public static void checkExists(String dir, Configuration hadoop) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root)) {
        throw new SettingsException("signals.input.dir", dir, "does not exist");
      }
      boolean any = false;
      for (Source s : Source.values()) {
        any |= fs.exists(new Path(root, s.folder()));
      }
      if (!any) {
        throw new SettingsException(
            "signals.input.dir", dir, "has neither a survey/ nor a reflections/ folder");
      }
    } catch (IOException e) {
      throw new SettingsException("signals.input.dir", dir, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * All .csv and .jsonl files, sorted by path so runs are reproducible. Hidden files are skipped.
   */
  public static List<InputFile> list(String dir, Configuration hadoop) {
    List<InputFile> files = new ArrayList<>();
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(hadoop);
      for (Source source : Source.values()) {
        Path folder = new Path(root, source.folder());
        if (!fs.exists(folder)) {
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
        while (it.hasNext()) {
          Path p = it.next().getPath();
          if (isExport(p) && !isHidden(p, folder)) {
            files.add(new InputFile(source, p.toString()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input files under " + dir, e);
    }
    files.sort(java.util.Comparator.comparing(InputFile::path));
    return files;
  }

  static boolean isCsv(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static boolean isExport(Path p) {
    String name = p.getName().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".jsonl");
  }

  private static boolean isHidden(Path p, Path folder) {
    for (Path q = p; q != null && !q.equals(folder); q = q.getParent()) {
      if (q.getName().startsWith(".") || q.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
