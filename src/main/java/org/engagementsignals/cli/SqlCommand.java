package org.engagementsignals.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.catalog.SqlViews;
import org.engagementsignals.config.Settings;
import org.engagementsignals.pipeline.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Query the outputs with Spark SQL. Every output is a view: responses, sentences, indicators,",
      "topics, say_hear, runs; filter on period to read only those months. Without a query, an",
      "interactive prompt reads statements ending in ';' (quit with 'exit;' or end of input).",
      "DESCRIBE <view> lists the columns and what they mean. Examples: docs/queries.md."
    })
final class SqlCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The statement to run.")
  String query;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output root to query (default: signals.output.dir).")
  String output;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Rows printed at most (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    OptionChecks.requireAtLeast(spec, "--max-rows", maxRows, 1);
    Settings settings = settingsOptions.loadWithOutput(output);
    SparkSession spark = Sessions.create(settings.spark(), false);
    try {
      List<String> views = SqlViews.register(spark, settings.output().dir());
      if (query != null) {
        return run(spark, query, System.out) ? SignalsCli.OK : SignalsCli.USAGE;
      }
      System.out.println("views: " + String.join(", ", views) + "   (statements end with ';')");
      interactive(spark);
      return SignalsCli.OK;
    } finally {
      spark.stop();
    }
  }

  private void interactive(SparkSession spark) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder statement = new StringBuilder();
    try {
      System.out.print("sql> ");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        statement.append(line).append('\n');
        String text = statement.toString().strip();
        if (text.endsWith(";")) {
          String sql = text.substring(0, text.length() - 1).strip();
          statement.setLength(0);
          if (sql.equalsIgnoreCase("exit") || sql.equalsIgnoreCase("quit")) {
            return;
          }
          if (!sql.isEmpty()) {
            run(spark, sql, System.out);
          }
        }
        System.out.print(statement.length() == 0 ? "sql> " : "  -> ");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one statement and prints its rows; a bad statement prints why and returns false. */
  private boolean run(SparkSession spark, String sql, PrintStream out) {
    Dataset<Row> result;
    try {
      result = spark.sql(sql);
    } catch (Exception e) {
      // Spark's Scala API does not declare it: a statement that does not parse or resolve.
      if (e instanceof AnalysisException) {
        spec.commandLine().getErr().println("signals: " + e.getMessage().strip());
        return false;
      }
      throw e;
    }
    // show() writes through Scala's Console, which does not follow System.setOut.
    scala.Console.withOut(
        out,
        new scala.runtime.AbstractFunction0<Object>() {
          @Override
          public Object apply() {
            result.show(maxRows, false);
            return null;
          }
        });
    return true;
  }
}
