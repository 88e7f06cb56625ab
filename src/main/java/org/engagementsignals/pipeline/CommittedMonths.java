package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What the project's own readers ({@code sql}, {@code report}) leave out so that they never show a
 * month half replaced: the months whose commit record is not {@code committed} (docs/outputs.md).
 */
public final class CommittedMonths {

  private CommittedMonths() {}

  /** Months under {@code root} being switched, or left mid-switch by a crash, sorted. */
  public static List<String> notCommitted(FileSystem fs, Path root) {
    try {
      return CommitRecord.notCommitted(fs, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commit records under " + root, e);
    }
  }
}
