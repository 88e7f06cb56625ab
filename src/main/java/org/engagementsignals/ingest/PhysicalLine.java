package org.engagementsignals.ingest;

/**
 * One line of an input file, without its line terminator.
 *
 * @param number 1-based line number in the file
 * @param text the line decoded as UTF-8 (malformed bytes shown as U+FFFD when {@code validUtf8} is
 *     false)
 * @param validUtf8 whether the line's bytes were valid UTF-8
 */
record PhysicalLine(long number, String text, boolean validUtf8) {

  boolean isBlank() {
    return text.isBlank();
  }
}
