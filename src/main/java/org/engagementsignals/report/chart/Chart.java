package org.engagementsignals.report.chart;

import java.util.List;

/**
 * An inline SVG chart: its geometry, an accessible title and description, and its data.
 *
 * @param id unique in the page; the SVG's title and description ids derive from it
 */
public record Chart(
    String id,
    String title,
    String description,
    double width,
    double height,
    List<Shape> shapes,
    DataTable table) {

  public String viewBox() {
    return "0 0 " + Geometry.fmt(width) + " " + Geometry.fmt(height);
  }

  public String titleId() {
    return id + "-title";
  }

  public String descId() {
    return id + "-desc";
  }
}
