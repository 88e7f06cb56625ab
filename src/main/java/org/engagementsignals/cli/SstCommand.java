package org.engagementsignals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.evaluation.SentimentTreebank;
import org.engagementsignals.evaluation.SentimentTreebank.Item;
import org.engagementsignals.evaluation.SentimentTreebank.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sst",
    mixinStandardHelpOptions = true,
    description = {
      "Sentence sentiment accuracy on the Stanford Sentiment Treebank test split (label<TAB>sentence, lowercased",
      "and pre-tokenised): the job's CoreNLP chain beside plain CoreNLP (default PCFG parser + sentiment), both",
      "fed one sentence per line with whitespace tokenisation, in the same run. Labels 0/1 are read as binary",
      "(SST-2), 0..4 as five classes."
    })
final class SstCommand implements Callable<Integer> {

  @Option(
      names = "--file",
      required = true,
      paramLabel = "TSV",
      description = "e.g. sst2_test.tsv or sst_test.tsv")
  Path file;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Only the first N sentences (0 = all).")
  int limit;

  @Option(
      names = "--skip-plain",
      description = "Do not run plain CoreNLP (it is slow with the PCFG parser).")
  boolean skipPlain;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() throws Exception {
    NlpSettings nlp = settingsOptions.load().nlp();
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("--file " + file + " does not exist");
    }
    List<Item> items = SentimentTreebank.read(file, limit);
    boolean binary = SentimentTreebank.binary(items);
    Result job = SentimentTreebank.measure(items, binary, threads, SentimentTreebank.jobChain(nlp));
    System.out.println(job.line("job chain (" + nlp.fingerprintSource() + ")", binary));
    if (!skipPlain) {
      Result plain =
          SentimentTreebank.measure(items, binary, threads, SentimentTreebank.plainCoreNlp());
      System.out.println(
          plain.line(
              "plain CoreNLP 4.5.10 (tokenize,ssplit,parse,sentiment; englishPCFG)", binary));
      System.out.printf(
          "sst[%s n=%d]: job=%.3f plain=%.3f%n",
          binary ? "binary" : "5-class", items.size(), job.accuracy(), plain.accuracy());
    }
    return SignalsCli.OK;
  }
}
