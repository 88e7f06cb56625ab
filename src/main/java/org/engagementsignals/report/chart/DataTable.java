package org.engagementsignals.report.chart;

import java.util.List;

/**
 * The figures a chart was drawn from, as a table for screen readers and for print. A hidden row
 * holds only its label; the template writes the uniform marker across the other columns.
 */
public record DataTable(List<String> header, List<Row> rows) {

  public record Row(List<String> cells, boolean hidden) {

    public static Row shown(List<String> cells) {
      return new Row(List.copyOf(cells), false);
    }

    public static Row hidden(String label) {
      return new Row(List.of(label), true);
    }
  }

  /** Columns a hidden row's marker spans. */
  public int valueColumns() {
    return header.size() - 1;
  }
}
