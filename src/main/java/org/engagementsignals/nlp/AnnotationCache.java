package org.engagementsignals.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.contract.Sha256;

/**
 * Where annotations are cached, for how long, and how the cache is purged. Each cache folder, a
 * "chain", holds the annotations of one exact CoreNLP chain, annotation format and build of this
 * code: {@code <root>/chain=<hash>/}. Any change to them starts a new chain; old chains are never
 * read again and age out under the retention setting, or go with {@code signals cache purge}.
 */
public final class AnnotationCache {
  /**
   * Version of what a cached annotation holds and means ({@link AnnotationSchema#TEXT}). Part of
   * every chain's key, so bump it when that changes even if the build's commit is unknown. 2: texts
   * the full chain failed on carry {@code failure}, and their sentences no sentiment.
   */
  public static final int FORMAT = 2;

  private static final String CHAIN_PREFIX = "chain=";

  private AnnotationCache() {}

  /** What a purge deleted and kept. */
  public record Purged(String root, long filesDeleted, long bytesDeleted, long filesKept) {}

  /** The cache root: {@code <output>/_cache/annotations} or {@code signals.nlp.cache-dir}. */
  public static String root(NlpSettings settings, String outputDir) {
    if (settings.cacheDir().equals("off")) {
      return null;
    }
    return settings.cacheDir().isEmpty() ? outputDir + "/_cache/annotations" : settings.cacheDir();
  }

  /**
   * Everything a cached annotation depends on: the chain's settings, CoreNLP's version, the
   * annotation format and the code (its commit and build). Also part of the run's config
   * fingerprint.
   */
  public static String key(NlpSettings settings, String corenlpVersion, String codeIdentity) {
    return settings.fingerprintSource()
        + ";corenlp="
        + corenlpVersion
        + ";annotation-format="
        + FORMAT
        + ";code="
        + codeIdentity;
  }

  /** This chain's cache folder, or null when caching is off. */
  public static String location(
      NlpSettings settings, String outputDir, String corenlpVersion, String codeIdentity) {
    String root = root(settings, outputDir);
    return root == null
        ? null
        : root + "/" + CHAIN_PREFIX + Sha256.short16(key(settings, corenlpVersion, codeIdentity));
  }

  /** The code identity of {@link #locationAcrossBuilds}: any build of this annotation format. */
  static final String ANY_BUILD = "any-build";

  /**
   * A cache folder shared by every build that has the same chain, CoreNLP version and annotation
   * format, or null when caching is off. For {@code signals train} only: the label model's features
   * are built from CoreNLP's output, which changes with the chain and the annotation format, not
   * with the rest of the code, so experiments that rebuild the code need not re-annotate the
   * labelled texts. The monthly job never reads it (decision 011).
   */
  public static String locationAcrossBuilds(
      NlpSettings settings, String outputDir, String corenlpVersion) {
    return location(settings, outputDir, corenlpVersion, ANY_BUILD);
  }

  /**
   * Applies the retention setting ({@code signals.nlp.cache-retention-days}, 0 = keep) before a
   * run, then returns this chain's folder (null when caching is off).
   */
  public static String prepare(
      NlpSettings settings,
      String outputDir,
      String corenlpVersion,
      String codeIdentity,
      Configuration hadoop) {
    String root = root(settings, outputDir);
    if (root != null && settings.cacheRetentionDays() > 0) {
      purge(root, Duration.ofDays(settings.cacheRetentionDays()), Instant.now(), hadoop);
    }
    return location(settings, outputDir, corenlpVersion, codeIdentity);
  }

  /**
   * Deletes cached annotation files written before {@code now - olderThan} (every file when {@code
   * olderThan} is null), and every chain folder left without annotations.
   */
  public static Purged purge(String root, Duration olderThan, Instant now, Configuration hadoop) {
    long cutoff = olderThan == null ? Long.MAX_VALUE : now.minus(olderThan).toEpochMilli();
    Path rootPath = new Path(root);
    long deleted = 0;
    long bytes = 0;
    long kept = 0;
    try {
      FileSystem fs = rootPath.getFileSystem(hadoop);
      if (!fs.exists(rootPath)) {
        return new Purged(root, 0, 0, 0);
      }
      for (FileStatus chain : fs.listStatus(rootPath)) {
        if (!chain.isDirectory() || !chain.getPath().getName().startsWith(CHAIN_PREFIX)) {
          continue;
        }
        long dataLeft = 0;
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(chain.getPath(), true);
        while (files.hasNext()) {
          LocatedFileStatus f = files.next();
          if (!isData(f.getPath())) {
            continue;
          }
          if (f.getModificationTime() < cutoff) {
            if (fs.delete(f.getPath(), false)) {
              deleted++;
              bytes += f.getLen();
            }
          } else {
            dataLeft++;
          }
        }
        kept += dataLeft;
        if (dataLeft == 0) {
          fs.delete(chain.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot purge the annotation cache " + root, e);
    }
    return new Purged(root, deleted, bytes, kept);
  }

  /** Parquet part files; not Spark's markers (_SUCCESS) nor checksums. */
  private static boolean isData(Path p) {
    String name = p.getName();
    return !name.startsWith("_") && !name.startsWith(".");
  }
}
