/**
 * Measuring labels against people: gold files in the format of
 * ../shared/labelling/real-comments.tsv, per-class precision, recall and F1, confusion matrices,
 * headline measures with bootstrap 95% intervals, and the {@code accuracy.json} a model ships with.
 */
package org.engagementsignals.evaluation;
