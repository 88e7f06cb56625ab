/**
 * The monthly job: ingest, annotate, assemble the output rows, write each output's month, then the
 * run manifest. {@link org.engagementsignals.pipeline.MonthlyJob#run} is what the CLI and the tests
 * call.
 */
package org.engagementsignals.pipeline;
