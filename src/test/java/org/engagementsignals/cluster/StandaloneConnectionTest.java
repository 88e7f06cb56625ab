package org.engagementsignals.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagementsignals.config.ClusterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneConnectionTest {

  @Test
  void shipsTheClusterJarAndTheModelsOrPointsExecutorsAtAPath() {
    Path jar = Path.of("/opt/signals/engagement-signals-cluster.jar");
    Path models = Path.of("/opt/m2/stanford-corenlp-4.5.10-models.jar");
    Map<String, String> shipped =
        StandaloneConnection.sparkConf(
            jar, List.of(models), new ClusterSettings("3g", "ship", ""), "10.0.0.7");
    assertThat(shipped)
        .containsEntry(
            "spark.jars",
            "file:///opt/signals/engagement-signals-cluster.jar,"
                + "file:///opt/m2/stanford-corenlp-4.5.10-models.jar")
        .containsEntry("spark.executor.memory", "3g")
        .containsEntry("spark.driver.host", "10.0.0.7")
        .doesNotContainKey("spark.executor.extraClassPath");

    Map<String, String> inPlace =
        StandaloneConnection.sparkConf(
            jar, List.of(), new ClusterSettings("4g", "/shared/corenlp/*", ""), "10.0.0.7");
    assertThat(inPlace)
        .containsEntry("spark.jars", "file:///opt/signals/engagement-signals-cluster.jar")
        .containsEntry("spark.executor.extraClassPath", "/shared/corenlp/*")
        .containsEntry("spark.executor.memory", "4g");
  }

  @Test
  void theDriverIsReachedAtTheAddressThatRoutesToTheMaster() {
    assertThat(StandaloneConnection.addressTowards("spark://127.0.0.1:7077"))
        .isEqualTo("127.0.0.1");
    assertThat(StandaloneConnection.addressTowards("spark://127.0.0.1:7077,127.0.0.2:7077"))
        .isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> StandaloneConnection.addressTowards("spark://no-port"))
        .hasMessageContaining("spark://HOST:PORT");
  }

  @Test
  void theClusterJarIsTheJobsOwnJarOrBesideIt(@TempDir Path dir) throws Exception {
    Path cluster = Files.createFile(dir.resolve(StandaloneConnection.CLUSTER_JAR));
    assertThat(StandaloneConnection.clusterJar(cluster)).isEqualTo(cluster);
    assertThat(StandaloneConnection.clusterJar(dir.resolve("engagement-signals.jar")))
        .isEqualTo(cluster);
    assertThat(StandaloneConnection.clusterJar(dir.resolve("classes"))).isEqualTo(cluster);
    Files.delete(cluster);
    assertThatThrownBy(() -> StandaloneConnection.clusterJar(dir.resolve("classes")))
        .hasMessageContaining("mvn -B -DskipTests package");
  }

  @Test
  void theModelJarsAreFoundOnTheClassPath() {
    List<Path> jars = ModelJars.on(getClass().getClassLoader());
    assertThat(jars)
        .extracting(p -> p.getFileName().toString())
        .hasSize(2)
        .allMatch(name -> name.matches("stanford-corenlp-[0-9.]+-models(-english)?\\.jar"));
  }
}
