package org.engagementsignals.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces contact details in text with placeholders before anything else sees the text: URLs, then
 * emails, then phone numbers. Person names need NER and are redacted later, in annotation.
 */
public final class PiiRedactor {
  public static final String URL = "[URL]";
  public static final String EMAIL = "[EMAIL]";
  public static final String PHONE = "[PHONE]";

  private static final Pattern URL_PATTERN =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");
  private static final Pattern EMAIL_PATTERN =
      Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");
  // Candidate: optional +country, optional (area), then 2-4 digit groups joined by space, dot or
  // dash.
  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile(
          "(?<![\\w/.+-])(\\+\\d{1,3}[ .-]?)?(\\(\\d{1,5}\\)[ .-]?)?\\d{2,15}(?:[ .-]\\d{2,5}){0,4}(?![\\w/]|[.,-]\\d)");
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");

  private PiiRedactor() {}

  /** The text with contact details replaced, and how many of each were replaced. */
  public record Result(String text, int urls, int emails, int phones) {}

  public static Result redact(String text) {
    Counted urls = replace(URL_PATTERN, text, URL, false);
    Counted emails = replace(EMAIL_PATTERN, urls.text, EMAIL, false);
    Counted phones = replace(PHONE_CANDIDATE, emails.text, PHONE, true);
    return new Result(phones.text, urls.count, emails.count, phones.count);
  }

  private record Counted(String text, int count) {}

  private static Counted replace(
      Pattern pattern, String text, String placeholder, boolean phoneRules) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int count = 0;
    while (m.find()) {
      if (phoneRules && !looksLikePhone(m)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
      count++;
    }
    m.appendTail(out);
    return new Counted(out.toString(), count);
  }

  /**
   * Numbers are everywhere in results-talk ("closed 14 deals in 2026"), so a digit run counts as a
   * phone only with 7 to 15 digits and a phone's shape: a +country prefix, an (area) code, three or
   * more groups, or one unbroken run of 10 or more digits; never a date.
   */
  private static boolean looksLikePhone(Matcher m) {
    String s = m.group();
    if (DATE_LIKE.matcher(s).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    if (digits < 7 || digits > 15) {
      return false;
    }
    boolean prefixed = m.group(1) != null || m.group(2) != null;
    int groups = s.split("[ .()-]+").length;
    boolean oneRun = s.chars().allMatch(Character::isDigit);
    return prefixed || groups >= 3 || (oneRun && digits >= 10);
  }
}
