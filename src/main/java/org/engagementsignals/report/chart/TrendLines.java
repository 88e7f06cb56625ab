package org.engagementsignals.report.chart;

import static org.engagementsignals.report.chart.Geometry.fmt;
import static org.engagementsignals.report.chart.Geometry.round;

import java.util.ArrayList;
import java.util.List;

/**
 * Indexes from -1 to +1 over months: one line per series with its 95% interval as a band. A month
 * where the group is hidden, or has no value, breaks the line.
 */
public final class TrendLines {

  /** One month of one series; all null when the group is hidden that month. */
  public record Point(Double value, Double low, Double high) {}

  /** {@code cls} is the series' CSS class: its line, band and dots take their colour from it. */
  public record Series(String name, String cls, List<Point> points) {}

  private static final double LEFT = 48;
  private static final double RIGHT = 130;
  private static final double TOP = 16;
  private static final double PLOT_HEIGHT = 220;

  private TrendLines() {}

  /**
   * @param hiddenMonths for each month, whether the group was hidden then (its row in the table
   *     shows the marker)
   */
  public static Chart build(
      String id,
      String title,
      String description,
      List<String> months,
      List<Boolean> hiddenMonths,
      List<Series> series,
      String hiddenMarker) {
    double plotWidth = Geometry.WIDTH - LEFT - RIGHT;
    double height = TOP + PLOT_HEIGHT + 34;
    List<Shape> shapes = new ArrayList<>();
    for (double tick : new double[] {-1, -0.5, 0, 0.5, 1}) {
      double y = round(y(tick));
      shapes.add(new Shape.Line(LEFT, y, LEFT + plotWidth, y, tick == 0 ? "axis" : "grid"));
      shapes.add(new Shape.Text(LEFT - 6, y + 4, "end", "axis-label", Figures.signed(tick)));
    }
    for (int i = 0; i < months.size(); i++) {
      shapes.add(
          new Shape.Text(
              round(x(i, months.size(), plotWidth)),
              TOP + PLOT_HEIGHT + 20,
              "middle",
              "axis-label",
              months.get(i)));
    }
    List<Double> labelYs = new ArrayList<>();
    for (Series s : series) {
      draw(shapes, s, months, plotWidth, labelYs);
    }
    if (!hiddenMonths.isEmpty() && !hiddenMonths.contains(false)) {
      shapes.add(
          new Shape.Text(
              round(LEFT + plotWidth / 2),
              TOP + PLOT_HEIGHT / 4,
              "middle",
              "marker",
              hiddenMarker));
    }
    List<String> header = new ArrayList<>();
    header.add("month");
    for (Series s : series) {
      header.add(s.name());
      header.add(s.name() + " 95% interval");
    }
    List<DataTable.Row> table = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      if (hiddenMonths.get(i)) {
        table.add(DataTable.Row.hidden(months.get(i)));
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add(months.get(i));
      for (Series s : series) {
        Point p = s.points().get(i);
        cells.add(Figures.signed(p.value()));
        cells.add(Figures.signedRange(p.low(), p.high()));
      }
      table.add(DataTable.Row.shown(cells));
    }
    return new Chart(
        id, title, description, Geometry.WIDTH, height, shapes, new DataTable(header, table));
  }

  private static void draw(
      List<Shape> shapes, Series s, List<String> months, double plotWidth, List<Double> labelYs) {
    int n = months.size();
    // Runs of consecutive months with a value, each drawn as one band and one line.
    int start = 0;
    while (start < n) {
      while (start < n && s.points().get(start).value() == null) {
        start++;
      }
      int end = start;
      while (end < n && s.points().get(end).value() != null) {
        end++;
      }
      if (start < end) {
        band(shapes, s, start, end, n, plotWidth);
        StringBuilder line = new StringBuilder();
        for (int i = start; i < end; i++) {
          line.append(i == start ? "M" : " L")
              .append(fmt(x(i, n, plotWidth)))
              .append(' ')
              .append(fmt(y(s.points().get(i).value())));
        }
        shapes.add(new Shape.Path(line.toString(), "line " + s.cls()));
      }
      start = end;
    }
    Integer last = null;
    for (int i = 0; i < n; i++) {
      Point p = s.points().get(i);
      if (p.value() == null) {
        continue;
      }
      last = i;
      shapes.add(
          new Shape.Circle(
              round(x(i, n, plotWidth)),
              round(y(p.value())),
              4,
              "dot " + s.cls(),
              s.name()
                  + ", "
                  + months.get(i)
                  + ": "
                  + Figures.signed(p.value())
                  + " ("
                  + Figures.signedRange(p.low(), p.high())
                  + ")"));
    }
    if (last != null) {
      // Series names sit at their line's end, moved apart where two ends meet.
      double labelY = y(s.points().get(last).value()) + 4;
      for (double taken : labelYs) {
        if (Math.abs(labelY - taken) < 14) {
          labelY = labelY <= taken ? taken - 14 : taken + 14;
        }
      }
      labelYs.add(labelY);
      shapes.add(
          new Shape.Text(
              round(x(last, n, plotWidth) + 10),
              round(labelY),
              "start",
              "series-label " + s.cls(),
              s.name()));
    }
  }

  private static void band(
      List<Shape> shapes, Series s, int start, int end, int n, double plotWidth) {
    StringBuilder d = new StringBuilder();
    boolean complete = true;
    for (int i = start; i < end; i++) {
      complete &= s.points().get(i).high() != null && s.points().get(i).low() != null;
    }
    if (!complete) {
      return;
    }
    if (start + 1 == end) {
      // One month alone: its interval as a vertical bar.
      double x = round(x(start, n, plotWidth));
      shapes.add(
          new Shape.Line(
              x,
              round(y(s.points().get(start).high())),
              x,
              round(y(s.points().get(start).low())),
              "band-line " + s.cls()));
      return;
    }
    for (int i = start; i < end; i++) {
      d.append(i == start ? "M" : " L")
          .append(fmt(x(i, n, plotWidth)))
          .append(' ')
          .append(fmt(y(s.points().get(i).high())));
    }
    for (int i = end - 1; i >= start; i--) {
      d.append(" L")
          .append(fmt(x(i, n, plotWidth)))
          .append(' ')
          .append(fmt(y(s.points().get(i).low())));
    }
    d.append(" Z");
    shapes.add(new Shape.Path(d.toString(), "band " + s.cls()));
  }

  private static double x(int i, int n, double plotWidth) {
    return n == 1 ? LEFT + plotWidth / 2 : LEFT + 20 + i * (plotWidth - 40) / (n - 1);
  }

  private static double y(double v) {
    return TOP + (1 - Geometry.clamp(v, -1, 1)) / 2 * PLOT_HEIGHT;
  }
}
