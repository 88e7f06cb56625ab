package org.engagementsignals.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.engagementsignals.contract.OutputSchemas;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary is generated from the schemas: every column must be described beside its
 * field, and docs/data-dictionary.md must be what the schemas generate today.
 */
class DataDictionaryTest {
  private static final Path DOC = Path.of("docs/data-dictionary.md");

  @Test
  void everyColumnOfEveryTableSaysWhatItMeansAndWhatItsNullMeans() {
    for (OutputTables.Table table : DataDictionary.TABLES) {
      for (StructField f : table.contract().fields()) {
        String column = table.name() + "." + f.name();
        assertThat(f.getComment().isDefined()).as(column + " has a comment").isTrue();
        assertThat(f.metadata().getString(OutputSchemas.COMMENT)).as(column).isNotBlank();
        assertThat(f.metadata().contains(OutputSchemas.RANGE)).as(column + " has a range").isTrue();
        String whenNull = f.metadata().getString(OutputSchemas.NULL_MEANING);
        if (f.nullable()) {
          assertThat(whenNull).as(column + " says what a null means").isNotBlank();
        } else {
          assertThat(whenNull).as(column).isEqualTo("never null");
        }
      }
      assertThat(DataDictionary.columns(table)).hasSize(table.contract().size() + 1);
    }
  }

  @Test
  void docsDataDictionaryIsWhatTheSchemasGenerate() throws Exception {
    String generated = DataDictionary.markdown();
    String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
    if (!committed.equals(generated)) {
      Path fresh = Path.of("target/data-dictionary.md");
      Files.createDirectories(fresh.getParent());
      Files.writeString(fresh, generated);
      assertThat(committed)
          .as(
              "docs/data-dictionary.md differs from what OutputSchemas generates; review and copy"
                  + " %s over it",
              fresh)
          .isEqualTo(generated);
    }
  }
}
