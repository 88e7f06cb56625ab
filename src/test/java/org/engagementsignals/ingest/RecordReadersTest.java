package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.engagementsignals.config.ColumnMapping;
import org.engagementsignals.contract.Source;
import org.junit.jupiter.api.Test;

class RecordReadersTest {
  private static final ColumnMapping REFLECTION_COLUMNS =
      new ColumnMapping(
          Map.of(
              "reflection_id",
              "reflection_id",
              "leader_id",
              "leader_id",
              "team",
              "team",
              "written_at",
              "written_at",
              "text",
              "Comment"));

  private static List<RawRecord> csv(byte[] bytes) {
    return drain(
        new CsvRecordReader(
            new LineReader(new ByteArrayInputStream(bytes)),
            Source.REFLECTION,
            "r.csv",
            REFLECTION_COLUMNS,
            1000));
  }

  private static List<RawRecord> jsonl(byte[] bytes) {
    return drain(
        new JsonLinesRecordReader(
            new LineReader(new ByteArrayInputStream(bytes)),
            Source.REFLECTION,
            "r.jsonl",
            REFLECTION_COLUMNS));
  }

  private static List<RawRecord> drain(Iterator<RawRecord> it) {
    List<RawRecord> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void csvWithBomCrlfMappedColumnsExtraColumnsAndMultiLineQuotedText() {
    String file =
        "\uFEFFreflection_id,Leader_ID , team,written_at,extra,comment\r\n"
            + "RF-1,L001,Eng,2026-10-01Z,x,\"First paragraph, with a comma.\r\n\r\nSecond \"\"quoted\"\" one.\"\r\n"
            + "\r\n"
            + "RF-2,L002,Eng,2026-10-02Z,y,plain\r\n";
    List<RawRecord> records = csv(utf8(file));
    assertThat(records).hasSize(2);
    RawRecord first = records.get(0);
    assertThat(first.parseError()).isNull();
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.recordNumber()).isEqualTo(1);
    assertThat(first.fields())
        .containsEntry("leader_id", "L001")
        .containsEntry("text", "First paragraph, with a comma.\n\nSecond \"quoted\" one.");
    assertThat(records.get(1).line()).isEqualTo(6);
    assertThat(records.get(1).fields()).containsEntry("text", "plain");
  }

  @Test
  void aBrokenCsvRecordCostsOnlyItself() {
    String file =
        "reflection_id,leader_id,team,written_at,comment\n"
            + "RF-1,L001,Eng,2026-10-01Z,fine\n"
            + "RF-2,L001,Eng,2026-10-01Z,too,many,fields\n"
            + "RF-3,L001,Eng,2026-10-01Z,\"quoted\"garbage\"\n"
            + "RF-4,L001,Eng,2026-10-01Z,\"never closed\n"
            + "RF-5,L001,Eng,2026-10-01Z,after the broken one\n";
    List<RawRecord> records = csv(utf8(file));
    assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(records.get(0).parseError()).isNull();
    assertThat(records.get(1).parseError()).contains("7 fields, the header has 5");
    assertThat(records.get(2).parseError()).startsWith("broken CSV quoting");
    assertThat(records.get(2).raw()).isEqualTo("RF-3,L001,Eng,2026-10-01Z,\"quoted\"garbage\"");
    assertThat(records.get(3).parseError()).contains("not closed before the end of the file");
    assertThat(records.get(4).parseError()).isNull();
    assertThat(records.get(4).fields()).containsEntry("text", "after the broken one");
  }

  @Test
  void invalidUtf8SpoilsOneRecord() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(utf8("reflection_id,leader_id,team,written_at,comment\nRF-1,L1,Eng,2026-10-01Z,caf"));
    out.write(new byte[] {(byte) 0xff, (byte) 0xfe});
    out.write(utf8("\nRF-2,L1,Eng,2026-10-01Z,café\n"));
    List<RawRecord> records = csv(out.toByteArray());
    assertThat(records.get(0).parseError()).isEqualTo("invalid UTF-8 on line 2");
    assertThat(records.get(1).fields()).containsEntry("text", "café");
  }

  @Test
  void jsonLinesReadsObjectsAndNamesWhatIsWrongWithTheRest() {
    String file =
        "{\"reflection_id\":\"RF-1\",\"leader_id\":\"L1\",\"team\":\"Eng\",\"written_at\":\"2026-10-01Z\",\"COMMENT\":\"hi\",\"x\":[1]}\n"
            + "\n"
            + "{\"reflection_id\":\"RF-2\",\n"
            + "[1,2]\n"
            + "{\"reflection_id\":\"RF-4\",\"team\":null,\"text\":5}\n"
            + "{\"a\":1,\"a\":2}\n";
    List<RawRecord> records = jsonl(utf8(file));
    assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(records).extracting(RawRecord::recordNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(records.get(0).fields())
        .containsEntry("text", "hi")
        .containsEntry("leader_id", "L1");
    assertThat(records.get(1).parseError()).startsWith("broken JSON");
    assertThat(records.get(2).parseError()).isEqualTo("line is a JSON array, not an object");
    assertThat(records.get(3).fields()).doesNotContainKey("team").doesNotContainKey("text");
    assertThat(records.get(4).parseError()).contains("Duplicate field 'a'");
  }
}
