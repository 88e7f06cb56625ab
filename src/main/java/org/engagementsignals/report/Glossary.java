package org.engagementsignals.report;

import java.util.List;

/**
 * What each number means, in the words of {@code docs/indicators.md} (a test keeps the two the
 * same), for the report's "how to read it".
 */
public final class Glossary {

  public record Entry(String name, String plainWords) {}

  public static final List<Entry> INDICATORS =
      List.of(
          new Entry("Respondents (n)", "how many people wrote something"),
          new Entry(
              "Results share",
              "how much of what people wrote is about results: targets, numbers, deadlines, wins and misses"),
          new Entry(
              "Process share",
              "how much is about *how* the work is done: feedback, coaching, 1:1s, collaboration, decisions, learning from failure, values"),
          new Entry("Tone", "the overall tone, from -1 (very negative) to +1 (very positive)"),
          new Entry(
              "Trust index",
              "do people trust their leaders and feel safe: honesty, transparency, respect, autonomy, safety to speak up and to fail? -1 to +1"),
          new Entry(
              "Connection index",
              "do people feel understood as people: listened to, asked how they are, cared for, belonging? From -1 (everyone who spoke says no) to +1 (everyone says yes)"),
          new Entry(
              "Personal challenges",
              "how many people mention a personal challenge: work-life balance, stress, burnout, health, family, blocked growth"),
          new Entry(
              "Professional challenges",
              "how many mention a professional challenge: workload, staffing, tools, market, team conflict, changing priorities"));

  private Glossary() {}

  /** The words as a page shows them: the Markdown emphasis of the docs dropped. */
  public static String display(Entry e) {
    return e.plainWords().replace("*", "");
  }
}
