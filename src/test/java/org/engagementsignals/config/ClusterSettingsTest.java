package org.engagementsignals.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void defaultsShipTheModelsToExecutorsOfThreeGigabytes() {
    ClusterSettings c = SettingsLoader.load(Optional.empty(), Map.of()).cluster();
    assertThat(c.executorMemory()).isEqualTo("3g");
    assertThat(c.shipModels()).isTrue();
    assertThat(c.driverHost()).isEmpty();
  }

  @Test
  void memoryNeedsAUnitAndModelsAPath() {
    assertThat(ClusterSettings.executorMemoryMb("3g")).isEqualTo(3072);
    assertThat(ClusterSettings.executorMemoryMb("3500m")).isEqualTo(3500);
    assertThat(ClusterSettings.executorMemoryMb("3GB")).isEqualTo(3072);
    for (String bad : new String[] {"3", "", "3 gigs", "0g"}) {
      assertThatThrownBy(
              () ->
                  SettingsLoader.load(
                      Optional.empty(), Map.of("signals.cluster.executor-memory", bad)))
          .as(bad)
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("signals.cluster.executor-memory");
    }
    assertThatThrownBy(
            () -> SettingsLoader.load(Optional.empty(), Map.of("signals.cluster.models", " ")))
        .hasMessageContaining("signals.cluster.models");
    ClusterSettings shared =
        SettingsLoader.load(Optional.empty(), Map.of("signals.cluster.models", "/shared/corenlp/*"))
            .cluster();
    assertThat(shared.shipModels()).isFalse();
  }

  @Test
  void theJobConnectsItselfOnlyToLocalAndStandaloneMasters() {
    assertThat(
            SettingsLoader.load(
                    Optional.empty(), Map.of("signals.spark.master", "spark://10.0.0.5:7077"))
                .spark()
                .master())
        .isEqualTo("spark://10.0.0.5:7077");
    assertThatThrownBy(
            () -> SettingsLoader.load(Optional.empty(), Map.of("signals.spark.master", "yarn")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("signals.spark.master = \"yarn\"")
        .hasMessageContaining("spark-submit");
  }
}
