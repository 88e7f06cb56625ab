package org.engagementsignals.report.chart;

import static org.engagementsignals.report.chart.Geometry.BAR;
import static org.engagementsignals.report.chart.Geometry.PAD;
import static org.engagementsignals.report.chart.Geometry.ROW;
import static org.engagementsignals.report.chart.Geometry.TOP;
import static org.engagementsignals.report.chart.Geometry.WIDTH;
import static org.engagementsignals.report.chart.Geometry.round;

import java.util.ArrayList;
import java.util.List;

/**
 * Diverging bars of two shares per group from a common centre line: one share to the left, the
 * other to the right (results against process). The shares need not add up to one: a sentence that
 * talks about both counts in both.
 */
public final class BalanceBars {

  public record Row(String label, Double left, Double right, boolean hidden) {}

  private BalanceBars() {}

  public static Chart build(
      String id,
      String title,
      String description,
      String leftName,
      String rightName,
      List<Row> rows,
      String hiddenMarker) {
    double labels = Geometry.labelWidth(rows.stream().map(Row::label).toList());
    double centre = labels + (WIDTH - PAD - labels) / 2;
    double half = (WIDTH - PAD - labels) / 2 - 44;
    double height = TOP + rows.size() * ROW + 6;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape.Text(centre - 8, 16, "end", "axis-label results-text", "◀ " + leftName));
    shapes.add(
        new Shape.Text(centre + 8, 16, "start", "axis-label process-text", rightName + " ▶"));
    shapes.add(new Shape.Line(round(centre), TOP - 8, round(centre), height - 4, "axis"));
    List<DataTable.Row> table = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP + i * ROW;
      shapes.add(
          new Shape.Text(
              labels - PAD, y + BAR / 2 + 4, "end", "label", Geometry.fit(r.label(), labels)));
      if (r.hidden()) {
        shapes.add(
            new Shape.Rect(
                labels,
                y - 2,
                round(WIDTH - PAD - labels),
                BAR + 4,
                "cell-hidden",
                r.label() + ": " + hiddenMarker));
        shapes.add(new Shape.Text(centre, y + BAR / 2 + 4, "middle", "marker", hiddenMarker));
        table.add(DataTable.Row.hidden(r.label()));
        continue;
      }
      double l = r.left() == null ? 0 : r.left() * half;
      double w = r.right() == null ? 0 : r.right() * half;
      String leftText = Figures.percent(r.left());
      String rightText = Figures.percent(r.right());
      shapes.add(
          new Shape.Rect(
              round(centre - l),
              y,
              round(l),
              BAR,
              "bar-results",
              r.label() + ": " + leftName + " " + leftText));
      shapes.add(
          new Shape.Rect(
              round(centre),
              y,
              round(w),
              BAR,
              "bar-process",
              r.label() + ": " + rightName + " " + rightText));
      shapes.add(new Shape.Text(round(centre - l - 4), y + BAR / 2 + 4, "end", "value", leftText));
      shapes.add(
          new Shape.Text(round(centre + w + 4), y + BAR / 2 + 4, "start", "value", rightText));
      table.add(DataTable.Row.shown(List.of(r.label(), leftText, rightText)));
    }
    return new Chart(
        id,
        title,
        description,
        WIDTH,
        height,
        shapes,
        new DataTable(List.of("group", leftName, rightName), table));
  }
}
