package org.engagementsignals.report;

import java.util.List;
import org.engagementsignals.report.chart.Chart;

/**
 * Everything one page shows, ready for the template: text already worded, numbers already
 * formatted, charts already drawn. The template only lays it out and escapes it.
 */
public record ReportPage(
    String title,
    String scopeLabel,
    String month,
    String coverage,
    String contentSecurityPolicy,
    String css,
    String hiddenMarker,
    List<Card> headline,
    String previousMonth,
    List<Figure> figures,
    boolean quotesEnabled,
    List<Glossary.Entry> glossary,
    LabelAccuracy accuracy,
    List<Link> links) {

  /** One headline figure. {@code changed} only when the intervals say the change is real. */
  public record Card(
      String name,
      boolean hidden,
      String value,
      String interval,
      String respondents,
      String change,
      boolean changed) {}

  /**
   * A numbered section with its chart, or a note when there is nothing to draw, and quotes where
   * they are enabled.
   */
  public record Figure(
      String id, String heading, String intro, Chart chart, String emptyNote, List<Quote> quotes) {}

  public record Link(String href, String text) {}

  public String glossaryText(Glossary.Entry e) {
    return Glossary.display(e);
  }
}
