/**
 * Charts for the leaders' report, drawn by Java code as geometry ({@link
 * org.engagementsignals.report.chart.Shape}s in a {@link org.engagementsignals.report.chart.Chart})
 * that one template writes as inline SVG, escaped by context. Every chart carries a title, a
 * description and the data table it was drawn from, for screen readers and for print.
 */
package org.engagementsignals.report.chart;
