package org.engagementsignals.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.Settings;
import org.engagementsignals.ingest.PseudonymKey;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.pipeline.MonthSeries;
import org.engagementsignals.pipeline.MonthlyJob;
import org.engagementsignals.pipeline.RunSummary;
import org.engagementsignals.tagging.Taxonomy;
import org.engagementsignals.tagging.TaxonomyLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Three months (2026-08..10) of {@code src/test/resources/ReportFixture} run once per test JVM
 * through the real job (CoreNLP, Spark, Parquet) as one {@code run --from --to} would, for the
 * tests of what reads the outputs: the report, the SQL views, the example queries. Use with
 * {@code @ExtendWith(ThreeMonths.class)} and a {@link Published} parameter.
 */
public final class ThreeMonths implements ParameterResolver {
  public static final YearMonth FIRST = YearMonth.of(2026, 8);
  public static final YearMonth LAST = YearMonth.of(2026, 10);
  private static final Path INPUT = Path.of("src/test/resources/ReportFixture");
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ThreeMonths.class);

  /** The output root the three months were published to, and the session that wrote them. */
  public record Published(Path output, SparkSession spark, Settings settings) {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Published.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SparkSession spark = SharedSpark.session(context);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("published", key -> new Holder(spark), Holder.class)
        .published;
  }

  private static final class Holder implements ExtensionContext.Store.CloseableResource {
    final Path root;
    final Published published;

    Holder(SparkSession spark) {
      try {
        root = Files.createTempDirectory("three-months");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path output = root.resolve("output");
      Settings settings = TestSettings.of(INPUT, output);
      Taxonomy taxonomy = TaxonomyLoader.load(Path.of("conf/taxonomy.conf"));
      Pseudonymizer demo =
          new Pseudonymizer(PseudonymKey.resolve(settings.privacy(), true, Map.of()).key());
      MonthSeries.Result<RunSummary> result =
          MonthSeries.run(
              MonthSeries.months(FIRST, LAST),
              m -> MonthlyJob.run(spark, settings, taxonomy, m, demo, System.out));
      if (!result.succeeded()) {
        throw new IllegalStateException(
            "the fixture month " + result.failedMonth().orElseThrow() + " failed",
            result.failure().orElseThrow());
      }
      published = new Published(output, spark, settings);
    }

    @Override
    public void close() throws IOException {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
