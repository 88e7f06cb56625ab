package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The adversarial corpus under {@code src/test/resources/adversarial/}: hostile but possible
 * exports, each file with the counts a run for 2026-10 must give (its {@code expected.csv}).
 */
final class AdversarialCorpus {
  static final Path ROOT = Path.of("src/test/resources/adversarial");

  /** One file and what a run for 2026-10 must make of it. */
  record Case(String file, long valid, long quarantined, long otherMonths, String what) {
    long read() {
      return valid + quarantined + otherMonths;
    }

    /** Respondents in two teams only need to ingest here: their indicators are issue 17 part 2. */
    boolean reachesTheJob() {
      return !file.endsWith("two-teams.csv");
    }
  }

  private AdversarialCorpus() {}

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(ROOT.resolve("expected.csv"))) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        cases.add(
            new Case(
                r.get("file"),
                Long.parseLong(r.get("valid")),
                Long.parseLong(r.get("quarantined")),
                Long.parseLong(r.get("other_months")),
                r.get("case")));
      }
    }
    return cases;
  }

  /** Every export file under the corpus, relative to it. */
  static List<String> files() throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(Files::isRegularFile)
          .map(p -> ROOT.relativize(p).toString())
          .filter(p -> p.endsWith(".csv") || p.endsWith(".jsonl"))
          .filter(p -> !p.equals("expected.csv"))
          .sorted()
          .toList();
    }
  }

  /** Copies the case's file into an input folder, under the same source folder. */
  static void copy(Case c, Path input) throws IOException {
    Path to = input.resolve(c.file());
    Files.createDirectories(to.getParent());
    Files.copy(ROOT.resolve(c.file()), to);
  }
}
