/**
 * The monthly job: ingest, annotate, assemble the output rows, stage every output's month and the
 * run manifest, then switch the month in as one unit ({@link
 * org.engagementsignals.pipeline.MonthSwitch}, which also finishes a switch a crash cut short).
 * {@link org.engagementsignals.pipeline.MonthlyJob#run} is what the CLI and the tests call.
 */
package org.engagementsignals.pipeline;
