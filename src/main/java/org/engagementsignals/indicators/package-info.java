/**
 * Indicators: the statistics and confidentiality rules behind the {@code indicators}, {@code
 * topics}, {@code say_hear} and {@code suppression} tables.
 *
 * <p>On Spark: {@link org.engagementsignals.indicators.GroupAggregates} computes over the month's
 * responses and sentences the counts per group and topic and the cells of people in the same
 * groups; {@link org.engagementsignals.indicators.PeriodGroupTables} collects those few rows and
 * hands them to the rest.
 *
 * <p>Pure functions over those rows, with no session, no I/O and no configuration, so the rules can
 * be tested exhaustively: {@link org.engagementsignals.indicators.IndicatorTables}, {@link
 * org.engagementsignals.indicators.TopicTables} and {@link
 * org.engagementsignals.indicators.SayHearTables} build the published rows; {@link
 * org.engagementsignals.indicators.Intervals} gives the 95% intervals of shares and indexes and the
 * "change is real" flag; {@link org.engagementsignals.indicators.ComplementarySuppression} (over a
 * {@link org.engagementsignals.indicators.GroupTable}) decides which groups to hide so that none
 * with fewer than k respondents is published or can be recovered by subtraction, and {@link
 * org.engagementsignals.indicators.SuppressionLog} keeps why, for operators only.
 */
package org.engagementsignals.indicators;
