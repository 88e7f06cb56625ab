package org.engagementsignals.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Input timestamps: an ISO-8601 date ({@code 2026-10-12}, read as midnight UTC) or date-time with
 * {@code Z} or an offset ({@code 2026-10-12T09:30:00+02:00}; a space may stand for the {@code T}).
 * A date-time without a zone is rejected: its month would depend on where the job runs.
 */
public final class Timestamps {
  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
  private static final Pattern ZONE_AT_END = Pattern.compile(".*(Z|z|[+-]\\d{2}(:?\\d{2})?)$");

  private Timestamps() {}

  /** Parses an input timestamp, or throws {@link IllegalArgumentException} saying why not. */
  public static Instant parse(String value) {
    String v = value.strip();
    try {
      if (DATE_ONLY.matcher(v).matches()) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      v = SPACE_FOR_T.matcher(v).replaceFirst("$1T$2");
      if (v.contains("T") && !ZONE_AT_END.matcher(v).matches()) {
        throw new IllegalArgumentException(
            "\"" + value + "\" has no time zone; add Z or an offset such as +02:00");
      }
      return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not an ISO-8601 date or date-time with a zone", e);
    }
  }

  /** The UTC month a moment falls in. */
  public static YearMonth utcMonth(Instant instant) {
    return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
  }
}
