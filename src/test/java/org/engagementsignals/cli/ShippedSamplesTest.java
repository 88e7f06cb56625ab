package org.engagementsignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode without being asked is for the shipped sample data only. */
class ShippedSamplesTest {

  @Test
  void theShippedSamplesAndTheirSubfoldersAreSampleData() {
    assertThat(ShippedSamples.contains("data-samples")).isTrue();
    assertThat(ShippedSamples.contains("data-samples/bad")).isTrue();
    assertThat(ShippedSamples.contains("./data-samples/../data-samples/bad")).isTrue();
    assertThat(ShippedSamples.contains(Path.of("data-samples").toAbsolutePath().toString()))
        .isTrue();
    assertThat(ShippedSamples.contains(Path.of("data-samples").toUri().toString())).isTrue();
  }

  @Test
  void anythingElseIsNot(@TempDir Path dir) throws Exception {
    assertThat(ShippedSamples.contains(dir.toString())).isFalse();
    assertThat(ShippedSamples.contains("src/test/resources")).isFalse();
    assertThat(ShippedSamples.contains("data-samples-copy")).isFalse();
    assertThat(ShippedSamples.contains("hdfs://namenode/data-samples")).isFalse();
    assertThat(ShippedSamples.contains(dir.resolve("missing").toString())).isFalse();
    // A folder named like the samples elsewhere, and a link from the samples to other data.
    Path lookalike = Files.createDirectories(dir.resolve("data-samples"));
    assertThat(ShippedSamples.contains(lookalike.toString())).isFalse();
    Path link = Path.of("data-samples", "link-" + dir.getFileName());
    Files.createSymbolicLink(link, dir);
    try {
      assertThat(ShippedSamples.contains(link.toString())).isFalse();
    } finally {
      Files.delete(link);
    }
  }
}
