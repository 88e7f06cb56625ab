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
              "how much is about *how* the work is done and people are led: feedback, coaching, 1:1s, collaboration, decisions, learning, culture, respect"),
          new Entry("Tone", "the overall tone, from -1 (all negative) to +1 (all positive)"),
          new Entry(
              "Trust index",
              "do people trust their leaders and feel treated fairly: honesty, transparency, respect, autonomy, safety to speak up and to fail? -1 to +1"),
          new Entry(
              "Connection index",
              "do people feel understood as people: listened to, cared for, supported, belonging? From -1 (everyone who spoke says no) to +1 (everyone says yes)"),
          new Entry(
              "Personal challenges",
              "how many people raise a personal difficulty: work-life balance, stress, burnout, health, family, growth hopes not met"),
          new Entry(
              "Professional challenges",
              "how many raise a professional difficulty: workload, staffing, tools, market, team dynamics, change"));

  private Glossary() {}

  /** The words as a page shows them: the Markdown emphasis of the docs dropped. */
  public static String display(Entry e) {
    return e.plainWords().replace("*", "");
  }
}
