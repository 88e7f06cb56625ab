package org.engagementsignals.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Researchers' queries depend on these schemas. A change here must be deliberate: update DESIGN.md
 * and the golden file in the same commit (the failure prints the new JSON to paste). The golden
 * files pin the shape; the columns' descriptions are pinned by the data dictionary's own test.
 */
class ContractSchemasTest {

  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of("responses", OutputSchemas.RESPONSES),
        Arguments.of("sentences", OutputSchemas.SENTENCES),
        Arguments.of("quarantine", OutputSchemas.QUARANTINE),
        Arguments.of("runs", OutputSchemas.RUNS),
        Arguments.of("indicators", OutputSchemas.INDICATORS),
        Arguments.of("topics", OutputSchemas.TOPICS),
        Arguments.of("say_hear", OutputSchemas.SAY_HEAR),
        Arguments.of("suppression", OutputSchemas.SUPPRESSION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void schemaMatchesItsGoldenFile(String output, StructType schema) throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/contract/" + output + ".json")) {
      assertThat(in)
          .as("golden file contract/%s.json; new content:%n%s", output, schema.prettyJson())
          .isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DataType shape = Schemas.withoutMetadata(schema);
    assertThat(DataType.fromJson(golden))
        .as(
            "schema of %s differs from src/test/resources/contract/%s.json; new content:%n%s",
            output, output, shape.prettyJson())
        .isEqualTo(shape);
  }
}
