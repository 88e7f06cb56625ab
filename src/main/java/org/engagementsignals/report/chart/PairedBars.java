package org.engagementsignals.report.chart;

import static org.engagementsignals.report.chart.Geometry.BAR;
import static org.engagementsignals.report.chart.Geometry.PAD;
import static org.engagementsignals.report.chart.Geometry.WIDTH;
import static org.engagementsignals.report.chart.Geometry.round;

import java.util.ArrayList;
import java.util.List;

/**
 * Two shares per group as a pair of bars from zero, each with its 95% interval where it has one
 * (say against hear, personal against professional challenges). Either bar, or the whole row, can
 * be hidden.
 */
public final class PairedBars {

  /** One bar: a share and its interval (low and high may be null), or hidden. */
  public record Bar(Double value, Double low, Double high, boolean hidden) {
    public static Bar notShown() {
      return new Bar(null, null, null, true);
    }
  }

  public record Row(String label, Bar first, Bar second) {}

  private static final double PAIR = 2 * BAR + 16;
  private static final double TOP = 40;

  private PairedBars() {}

  public static Chart build(
      String id,
      String title,
      String description,
      String firstName,
      String secondName,
      List<Row> rows,
      String hiddenMarker) {
    double labels = Geometry.labelWidth(rows.stream().map(Row::label).toList());
    double plot = WIDTH - PAD - labels - 50;
    double max = scaleMax(rows);
    double height = TOP + rows.size() * PAIR + 6;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape.Rect(labels, 4, 12, 10, "bar-first", firstName));
    shapes.add(new Shape.Text(labels + 16, 13, "start", "axis-label", firstName));
    double second = labels + 16 + firstName.length() * Geometry.CHAR + 24;
    shapes.add(new Shape.Rect(round(second), 4, 12, 10, "bar-second", secondName));
    shapes.add(new Shape.Text(round(second + 16), 13, "start", "axis-label", secondName));
    for (double tick : new double[] {0, max / 2, max}) {
      double x = round(labels + tick / max * plot);
      shapes.add(new Shape.Line(x, TOP - 6, x, height - 4, tick == 0 ? "axis" : "grid"));
      shapes.add(new Shape.Text(x, TOP - 9, "middle", "axis-label", Figures.percent(tick)));
    }
    List<DataTable.Row> table = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP + i * PAIR;
      shapes.add(
          new Shape.Text(
              labels - PAD, y + BAR + 6, "end", "label", Geometry.fit(r.label(), labels)));
      if (r.first().hidden() && r.second().hidden()) {
        shapes.add(
            new Shape.Text(labels + plot / 2, y + BAR + 6, "middle", "marker", hiddenMarker));
        table.add(DataTable.Row.hidden(r.label()));
        continue;
      }
      bar(shapes, r.label(), firstName, r.first(), labels, plot, max, y, "bar-first", hiddenMarker);
      bar(
          shapes,
          r.label(),
          secondName,
          r.second(),
          labels,
          plot,
          max,
          y + BAR + 4,
          "bar-second",
          hiddenMarker);
      table.add(
          DataTable.Row.shown(
              List.of(r.label(), cell(r.first(), hiddenMarker), cell(r.second(), hiddenMarker))));
    }
    return new Chart(
        id,
        title,
        description,
        WIDTH,
        height,
        shapes,
        new DataTable(List.of("group", firstName, secondName), table));
  }

  private static void bar(
      List<Shape> shapes,
      String label,
      String name,
      Bar bar,
      double x0,
      double plot,
      double max,
      double y,
      String cls,
      String hiddenMarker) {
    if (bar.hidden()) {
      shapes.add(new Shape.Text(x0 + 4, y + BAR - 4, "start", "marker small", hiddenMarker));
      return;
    }
    double v = bar.value() == null ? 0 : Geometry.clamp(bar.value(), 0, max);
    double w = v / max * plot;
    shapes.add(
        new Shape.Rect(
            round(x0), y, round(w), BAR, cls, label + ": " + name + " " + cell(bar, "")));
    double end = w;
    if (bar.low() != null && bar.high() != null) {
      double lo = round(x0 + Geometry.clamp(bar.low(), 0, max) / max * plot);
      double hi = round(x0 + Geometry.clamp(bar.high(), 0, max) / max * plot);
      double mid = y + BAR / 2;
      shapes.add(new Shape.Line(lo, mid, hi, mid, "whisker"));
      shapes.add(new Shape.Line(lo, mid - 4, lo, mid + 4, "whisker"));
      shapes.add(new Shape.Line(hi, mid - 4, hi, mid + 4, "whisker"));
      end = Math.max(end, hi - x0);
    }
    shapes.add(
        new Shape.Text(
            round(x0 + end + 4), y + BAR - 4, "start", "value", Figures.percent(bar.value())));
  }

  private static String cell(Bar bar, String hiddenMarker) {
    if (bar.hidden()) {
      return hiddenMarker;
    }
    if (bar.low() == null || bar.high() == null) {
      return Figures.percent(bar.value());
    }
    return Figures.percent(bar.value()) + " (" + Figures.percentRange(bar.low(), bar.high()) + ")";
  }

  /** The axis end: 100%, or less for small shares so that they stay readable. */
  private static double scaleMax(List<Row> rows) {
    double top = 0;
    for (Row r : rows) {
      for (Bar b : List.of(r.first(), r.second())) {
        if (!b.hidden()) {
          top = Math.max(top, b.high() != null ? b.high() : b.value() == null ? 0 : b.value());
        }
      }
    }
    return Math.min(1, Math.max(0.2, Math.ceil(top * 5) / 5));
  }
}
