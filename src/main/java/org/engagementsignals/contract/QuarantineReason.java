package org.engagementsignals.contract;

/** Why a record was rejected; the code is written to {@code quarantine.reason}. */
public enum QuarantineReason {
  /** The line could not be read as a record: broken CSV quoting, broken JSON, invalid UTF-8. */
  UNPARSEABLE,
  /** A required field is absent or blank. */
  MISSING_FIELD,
  /** The timestamp is not ISO-8601 with a zone, or not a real date. */
  BAD_TIMESTAMP,
  /** The text is empty or only whitespace. */
  EMPTY_TEXT,
  /** The text is longer than {@code signals.input.max-text-chars}. */
  TEXT_TOO_LONG,
  /** The rating is present but not an integer from 1 to 5. */
  BAD_RATING,
  /** The team path has an empty segment ({@code "Sales//SMB"}). */
  BAD_TEAM,
  /** Another record of the same source and month has the same id; the earliest one is kept. */
  DUPLICATE_ID
}
