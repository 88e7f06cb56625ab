/**
 * Tagging: from a sentence's lemmas, POS and NER tags, the taxonomy's topics, the sentence's focus
 * (results-talk, process-talk, both, neither), trust and connection mentions with their polarity
 * after negation, challenges, and the evidence for each. Pure and serializable: runs inside Spark
 * tasks.
 */
package org.engagementsignals.tagging;
