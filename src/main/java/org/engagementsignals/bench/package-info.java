/**
 * Benchmarks: separate commands, never timed tests; they print throughput beside the plain-CoreNLP
 * baseline.
 */
package org.engagementsignals.bench;
