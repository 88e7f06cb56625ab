/**
 * Indicators: the statistics and confidentiality rules behind the {@code indicators} and {@code
 * topics} tables. {@link org.engagementsignals.indicators.Intervals} gives the 95% intervals of
 * shares and indexes and the "change is real" flag; {@link
 * org.engagementsignals.indicators.ComplementarySuppression} decides which groups to hide so that
 * none with fewer than k respondents is published or can be recovered by subtraction.
 *
 * <p>Everything here is a pure function over counts: no Spark, no I/O, no configuration. The Spark
 * aggregation computes the counts per group and month and calls these functions, so the rules can
 * be tested exhaustively without a session.
 */
package org.engagementsignals.indicators;
