package org.engagementsignals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream line by line, decoding each line strictly as UTF-8 so that one bad byte sequence
 * spoils one record, not the file. Accepts LF and CRLF endings; drops a leading byte-order mark.
 */
final class LineReader {
  private static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
  private long lineNumber;
  private boolean atEnd;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the stream. */
  PhysicalLine next() {
    if (atEnd) {
      return null;
    }
    buffer.reset();
    try {
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (buffer.size() >= MAX_LINE_BYTES) {
          throw new IOException(
              "line " + (lineNumber + 1) + " is longer than " + MAX_LINE_BYTES + " bytes");
        }
        buffer.write(b);
      }
      if (b == -1) {
        atEnd = true;
        if (buffer.size() == 0) {
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lineNumber++;
    byte[] bytes = buffer.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    int start = lineNumber == 1 && startsWithBom(bytes, length) ? 3 : 0;
    return decode(bytes, start, length - start);
  }

  private PhysicalLine decode(byte[] bytes, int offset, int length) {
    try {
      String text = strict.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
      return new PhysicalLine(lineNumber, text, true);
    } catch (CharacterCodingException e) {
      String lossy = new String(bytes, offset, length, StandardCharsets.UTF_8);
      return new PhysicalLine(lineNumber, lossy, false);
    }
  }

  private static boolean startsWithBom(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
