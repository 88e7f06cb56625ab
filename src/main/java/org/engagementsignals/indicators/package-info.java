/**
 * Indicators: the statistics and confidentiality rules behind the {@code indicators} and {@code
 * topics} tables. {@link org.engagementsignals.indicators.Intervals} gives the 95% intervals of
 * shares and indexes and the "change is real" flag; {@link
 * org.engagementsignals.indicators.ComplementarySuppression} decides which groups to hide so that
 * none with fewer than k respondents is published or can be recovered by subtraction, and {@link
 * org.engagementsignals.indicators.SuppressionLog} keeps why, for operators only.
 *
 * <p>{@link org.engagementsignals.indicators.GroupAggregates} computes in Spark the counts per
 * group and the cells of people in the same groups; everything else here is a pure function over
 * those few rows: no I/O, no configuration, so the rules can be tested exhaustively without a
 * session.
 */
package org.engagementsignals.indicators;
