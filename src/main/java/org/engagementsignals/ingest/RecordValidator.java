package org.engagementsignals.ingest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.engagementsignals.contract.QuarantineReason;
import org.engagementsignals.contract.Source;

/**
 * Decides what happens to one record in a run for one month. Order matters and is part of the
 * contract: unreadable, then the timestamp (a record of another month is left to that month's run,
 * whatever else is wrong with it), then required fields, text, rating and team.
 */
public final class RecordValidator {
  private static final Pattern RATING = Pattern.compile("[1-5]");

  private RecordValidator() {}

  /** The outcome for a record. */
  public sealed interface Outcome permits Valid, Quarantined, OtherPeriod {}

  /** Accepted: its moment, rating (or null) and normalised team path. */
  public record Valid(Instant timestamp, Integer rating, String team) implements Outcome {}

  public record Quarantined(QuarantineReason reason, String message) implements Outcome {}

  /** Valid-looking but dated in another month. */
  public record OtherPeriod(YearMonth month) implements Outcome {}

  public static Outcome validate(RawRecord r, YearMonth period, int maxTextChars) {
    if (r.parseError() != null) {
      return new Quarantined(QuarantineReason.UNPARSEABLE, r.parseError());
    }
    Source source = r.source();
    String stamp = r.fields().get(source.timestampField());
    if (isBlank(stamp)) {
      return new Quarantined(
          QuarantineReason.MISSING_FIELD, source.timestampField() + " is missing");
    }
    Instant timestamp;
    try {
      timestamp = Timestamps.parse(stamp);
    } catch (IllegalArgumentException e) {
      return new Quarantined(
          QuarantineReason.BAD_TIMESTAMP, source.timestampField() + " " + e.getMessage());
    }
    YearMonth month = Timestamps.utcMonth(timestamp);
    if (!month.equals(period)) {
      return new OtherPeriod(month);
    }
    List<String> missing = new ArrayList<>();
    for (String field : source.requiredFields()) {
      String value = r.fields().get(field);
      if (field.equals("text") ? value == null : isBlank(value)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      return new Quarantined(
          QuarantineReason.MISSING_FIELD,
          String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing or blank");
    }
    String text = r.fields().get("text");
    if (isBlankOrInvisible(text)) {
      return new Quarantined(
          QuarantineReason.EMPTY_TEXT, "text is empty, whitespace or invisible characters only");
    }
    if (text.length() > maxTextChars) {
      return new Quarantined(
          QuarantineReason.TEXT_TOO_LONG,
          "text has " + text.length() + " characters, more than max-text-chars " + maxTextChars);
    }
    Integer rating = null;
    String ratingValue = r.fields().get("rating");
    if (!isBlank(ratingValue)) {
      if (!RATING.matcher(ratingValue.strip()).matches()) {
        return new Quarantined(
            QuarantineReason.BAD_RATING,
            "rating \"" + ratingValue + "\" is not an integer from 1 to 5");
      }
      rating = Integer.parseInt(ratingValue.strip());
    }
    String team = normalizeTeam(r.fields().get("team"));
    if (team == null) {
      return new Quarantined(
          QuarantineReason.BAD_TEAM,
          "team \"" + r.fields().get("team") + "\" has an empty path segment");
    }
    return new Valid(timestamp, rating, team);
  }

  /** {@code " Sales / SMB "} becomes {@code "Sales/SMB"}; null when a segment is empty. */
  static String normalizeTeam(String team) {
    String[] segments = team.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      String s = segment.strip();
      if (s.isEmpty()) {
        return null;
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(s);
    }
    return out.toString();
  }

  /**
   * Blank also to a reader: spaces of every kind (no-break ones too) and invisible format
   * characters (zero-width space and joiners, the byte-order mark) only.
   */
  static boolean isBlankOrInvisible(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
