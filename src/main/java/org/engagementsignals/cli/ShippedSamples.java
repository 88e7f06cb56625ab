package org.engagementsignals.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Whether an input folder is the synthetic sample data shipped in the project's {@code
 * data-samples/} (or a folder inside it): the one input that may run in demo mode without being
 * asked to, so that the README's quick start works without a key.
 */
final class ShippedSamples {
  static final String FOLDER = "data-samples";

  private ShippedSamples() {}

  /**
   * True when {@code inputDir} is a local folder inside the project's {@code data-samples/}, links
   * resolved (a link in there to other data is not sample data).
   */
  static boolean contains(String inputDir) {
    Path input = localPath(inputDir);
    if (input == null) {
      return false;
    }
    try {
      Path samples = SettingsOptions.projectFile(FOLDER).toRealPath();
      return input.toRealPath().startsWith(samples);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path localPath(String dir) {
    try {
      URI uri = URI.create(dir);
      if (uri.getScheme() == null) {
        return Path.of(dir);
      }
      return uri.getScheme().equals("file") ? Path.of(uri) : null;
    } catch (IllegalArgumentException e) {
      // Not a URI (spaces, backslashes): a plain local path.
      return Path.of(dir);
    }
  }
}
