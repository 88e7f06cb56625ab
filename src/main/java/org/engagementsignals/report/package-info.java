/**
 * The leaders' report: reads the published group tables of a month (and the months before it for
 * the trends), builds one page per scope (the organisation, or one leader or team) and writes it as
 * one self-contained HTML file with jte templates ({@code src/main/jte}) and inline SVG charts.
 * Every row marked {@code suppressed} is shown as hidden, whatever else it holds.
 */
package org.engagementsignals.report;
