package org.engagementsignals.report.chart;

/**
 * One SVG element. Coordinates are in the chart's own units (its viewBox); {@code cls} names CSS
 * classes of the report's stylesheet, so that no element needs an inline style.
 */
public sealed interface Shape {

  record Rect(double x, double y, double width, double height, String cls, String tooltip)
      implements Shape {}

  record Line(double x1, double y1, double x2, double y2, String cls) implements Shape {}

  record Circle(double cx, double cy, double r, String cls, String tooltip) implements Shape {}

  /** A path whose {@code d} is built from numbers only (never from data text). */
  record Path(String d, String cls) implements Shape {}

  /** Text; {@code anchor} is SVG's text-anchor: start, middle or end. */
  record Text(double x, double y, String anchor, String cls, String text) implements Shape {}
}
