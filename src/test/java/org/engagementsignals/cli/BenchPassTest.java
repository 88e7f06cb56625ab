package org.engagementsignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bench worker's pass reaches bench exactly as measured. */
class BenchPassTest {

  @Test
  void fieldsParseBackToTheSamePass() {
    BenchPass plain = new BenchPass(3459, 22.871234567891, 43.1, 45.0000001, 1.7, 0.3);
    BenchPass spark = new BenchPass(3459, 23.5, 44.0, 46.25, 2.2, 0.5);
    String[] reply = ("pass " + plain.fields() + " " + spark.fields()).split(" ");
    assertThat(BenchPass.parse(reply, 1)).isEqualTo(plain);
    assertThat(BenchPass.parse(reply, 1 + BenchPass.FIELDS)).isEqualTo(spark);
    assertThat(reply).hasSize(1 + 2 * BenchPass.FIELDS);
    assertThat(plain.rate()).isEqualTo(3459 / 22.871234567891);
  }

  @Test
  void timedCountsTheWorkAndItsTime() throws Exception {
    BenchPass pass =
        BenchPass.timed(
            () -> {
              Thread.sleep(20);
              return 7;
            });
    assertThat(pass.sentences()).isEqualTo(7);
    assertThat(pass.seconds()).isGreaterThanOrEqualTo(0.02);
    assertThat(pass.processCpuSeconds()).isGreaterThanOrEqualTo(0);
  }
}
