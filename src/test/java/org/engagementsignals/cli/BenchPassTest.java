package org.engagementsignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bench worker's pass reaches bench exactly as measured. */
class BenchPassTest {

  @Test
  void fieldsParseBackToTheSamePass() {
    BenchPass pass = new BenchPass(3459, 22.871234567891, 43.1, 45.0000001, 1.7, 0.3);
    String line = "pass 123 " + pass.fields() + " 456";
    assertThat(BenchPass.parse(line.split(" "), 2)).isEqualTo(pass);
    assertThat(pass.fields().split(" ")).hasSize(BenchPass.FIELDS);
    assertThat(pass.rate()).isEqualTo(3459 / 22.871234567891);
  }

  @Test
  void timedCountsTheWorkAndItsTime() throws Exception {
    BenchPass pass = BenchPass.timed(() -> {
      Thread.sleep(20);
      return 7;
    });
    assertThat(pass.sentences()).isEqualTo(7);
    assertThat(pass.seconds()).isGreaterThanOrEqualTo(0.02);
    assertThat(pass.processCpuSeconds()).isGreaterThanOrEqualTo(0);
  }
}
