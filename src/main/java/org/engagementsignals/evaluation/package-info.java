/**
 * Measuring the tagger and the response polarity against a labelled set
 * (docs/labelling-guidelines.md): per-class precision, recall, F1 and confusion matrices.
 */
package org.engagementsignals.evaluation;
