/**
 * CoreNLP annotation: one pipeline per executor JVM, every sentence scored, person names redacted
 * from everything that leaves this package.
 */
package org.engagementsignals.nlp;
