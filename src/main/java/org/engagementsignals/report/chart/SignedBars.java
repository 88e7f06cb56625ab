package org.engagementsignals.report.chart;

import static org.engagementsignals.report.chart.Geometry.BAR;
import static org.engagementsignals.report.chart.Geometry.PAD;
import static org.engagementsignals.report.chart.Geometry.ROW;
import static org.engagementsignals.report.chart.Geometry.TOP;
import static org.engagementsignals.report.chart.Geometry.WIDTH;
import static org.engagementsignals.report.chart.Geometry.round;

import java.util.ArrayList;
import java.util.List;

/** Diverging bars of one value from -1 to +1 per row (a topic's tone), negative to the left. */
public final class SignedBars {

  /** {@code note} is shown in the label and the table (such as the share who mention it). */
  public record Row(String label, String note, Double value) {}

  private SignedBars() {}

  public static Chart build(
      String id,
      String title,
      String description,
      String valueName,
      String noteName,
      List<Row> rows) {
    List<String> labels = rows.stream().map(r -> r.label() + " · " + r.note()).toList();
    double labelWidth = Geometry.labelWidth(labels);
    double centre = labelWidth + (WIDTH - PAD - labelWidth) / 2;
    double max = scaleMax(rows);
    double half = ((WIDTH - PAD - labelWidth) / 2 - 44) / max;
    double height = TOP + rows.size() * ROW + 6;
    List<Shape> shapes = new ArrayList<>();
    double[] ticks =
        max >= 0.5 ? new double[] {-max, -max / 2, 0, max / 2, max} : new double[] {-max, 0, max};
    for (double tick : ticks) {
      double x = round(centre + tick * half);
      shapes.add(new Shape.Line(x, TOP - 8, x, height - 4, tick == 0 ? "axis" : "grid"));
      shapes.add(new Shape.Text(x, 16, "middle", "axis-label", Figures.signed(tick)));
    }
    List<DataTable.Row> table = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP + i * ROW;
      shapes.add(
          new Shape.Text(
              labelWidth - PAD,
              y + BAR / 2 + 4,
              "end",
              "label",
              Geometry.fit(labels.get(i), labelWidth)));
      double v = r.value() == null ? 0 : Geometry.clamp(r.value(), -max, max);
      double x = v >= 0 ? centre : centre + v * half;
      String text = Figures.signed(r.value());
      shapes.add(
          new Shape.Rect(
              round(x),
              y,
              round(Math.abs(v) * half),
              BAR,
              v >= 0 ? "bar-pos" : "bar-neg",
              r.label() + ": " + valueName + " " + text));
      shapes.add(
          v >= 0
              ? new Shape.Text(
                  round(centre + v * half + 4), y + BAR / 2 + 4, "start", "value", text)
              : new Shape.Text(
                  round(centre + v * half - 4), y + BAR / 2 + 4, "end", "value", text));
      table.add(DataTable.Row.shown(List.of(r.label(), r.note(), text)));
    }
    return new Chart(
        id,
        title,
        description,
        WIDTH,
        height,
        shapes,
        new DataTable(List.of("topic", noteName, valueName), table));
  }

  /** The axis end: 1, or a quarter step above the largest value, so that small tones show. */
  private static double scaleMax(List<Row> rows) {
    double top = 0;
    for (Row r : rows) {
      if (r.value() != null) {
        top = Math.max(top, Math.abs(r.value()));
      }
    }
    return Math.min(1, Math.max(0.25, Math.ceil(top * 4) / 4));
  }
}
