package org.engagementsignals.report.chart;

import static org.engagementsignals.report.chart.Geometry.PAD;
import static org.engagementsignals.report.chart.Geometry.WIDTH;
import static org.engagementsignals.report.chart.Geometry.round;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups by indicators: each cell coloured by its value (sequential for shares, diverging for
 * indexes and tone) and labelled with the value and the group's n. A hidden group is one grey row
 * with the marker.
 */
public final class HeatMap {

  /** A column: its two-line heading and whether its values are signed (-1..1) or shares (0..1). */
  public record Column(String line1, String line2, String name, boolean signed) {}

  /** A row's values in column order (null when there is nothing to measure). */
  public record Row(String label, boolean hidden, Long n, List<Double> values) {}

  private static final double TOP = 44;
  private static final double CELL_HEIGHT = 40;

  private HeatMap() {}

  public static Chart build(
      String id,
      String title,
      String description,
      List<Column> columns,
      List<Row> rows,
      String hiddenMarker) {
    double labels = Geometry.labelWidth(rows.stream().map(Row::label).toList());
    double cellWidth = (WIDTH - PAD - labels) / columns.size();
    double height = TOP + rows.size() * (CELL_HEIGHT + 2) + 4;
    List<Shape> shapes = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      double x = round(labels + c * cellWidth + cellWidth / 2);
      shapes.add(new Shape.Text(x, 16, "middle", "axis-label", columns.get(c).line1()));
      shapes.add(new Shape.Text(x, 30, "middle", "axis-label", columns.get(c).line2()));
    }
    List<String> header = new ArrayList<>();
    header.add("group");
    header.add("respondents");
    columns.forEach(c -> header.add(c.name()));
    List<DataTable.Row> table = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = TOP + r * (CELL_HEIGHT + 2);
      shapes.add(
          new Shape.Text(
              labels - PAD,
              y + CELL_HEIGHT / 2 + 4,
              "end",
              "label",
              Geometry.fit(row.label(), labels)));
      if (row.hidden()) {
        shapes.add(
            new Shape.Rect(
                labels,
                y,
                round(WIDTH - PAD - labels),
                CELL_HEIGHT,
                "cell-hidden",
                row.label() + ": " + hiddenMarker));
        shapes.add(
            new Shape.Text(
                round(labels + (WIDTH - PAD - labels) / 2),
                y + CELL_HEIGHT / 2 + 4,
                "middle",
                "marker",
                hiddenMarker));
        table.add(DataTable.Row.hidden(row.label()));
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      cells.add(Figures.count(row.n()));
      for (int c = 0; c < columns.size(); c++) {
        Column col = columns.get(c);
        Double v = row.values().get(c);
        String text = col.signed() ? Figures.signed(v) : Figures.percent(v);
        double x = labels + c * cellWidth;
        shapes.add(
            new Shape.Rect(
                round(x + 1),
                y,
                round(cellWidth - 2),
                CELL_HEIGHT,
                heat(v, col.signed()),
                row.label() + ", " + col.name() + ": " + text + " (n=" + row.n() + ")"));
        shapes.add(new Shape.Text(round(x + cellWidth / 2), y + 18, "middle", "cell-value", text));
        shapes.add(
            new Shape.Text(
                round(x + cellWidth / 2),
                y + 32,
                "middle",
                "cell-n",
                "n=" + Figures.count(row.n())));
        cells.add(text);
      }
      table.add(DataTable.Row.shown(cells));
    }
    return new Chart(id, title, description, WIDTH, height, shapes, new DataTable(header, table));
  }

  /** The cell's colour class: five steps, sequential for shares, diverging for signed values. */
  static String heat(Double v, boolean signed) {
    if (v == null) {
      return "cell-empty";
    }
    if (signed) {
      if (v < -0.5) {
        return "div-n2";
      }
      if (v < -0.15) {
        return "div-n1";
      }
      if (v <= 0.15) {
        return "div-0";
      }
      return v <= 0.5 ? "div-p1" : "div-p2";
    }
    int step = (int) Math.min(4, Math.floor(Geometry.clamp(v, 0, 1) * 5));
    return "seq-" + step;
  }
}
