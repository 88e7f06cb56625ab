/**
 * The learned labels: focus, trust, connection, challenge and sentiment of a response, from
 * CoreNLP's annotations and the taxonomy's matches ({@link
 * org.engagementsignals.labels.LabelFeatures}), by an MLlib pipeline trained on real comments
 * labelled by people ({@link org.engagementsignals.labels.Training}), applied in the job as a Spark
 * transform ({@link org.engagementsignals.labels.LabelModel}) and measured against anyone's gold
 * ({@link org.engagementsignals.labels.Evaluation}). See docs/labels.md.
 */
package org.engagementsignals.labels;
