/**
 * Ingest: read survey and reflection exports (CSV and JSON Lines), map columns, validate,
 * quarantine bad records with a reason, pseudonymise respondents and redact contact details in
 * text.
 */
package org.engagementsignals.ingest;
