package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.engagementsignals.contract.QuarantineReason;
import org.engagementsignals.contract.Source;
import org.engagementsignals.ingest.RecordValidator.OtherPeriod;
import org.engagementsignals.ingest.RecordValidator.Quarantined;
import org.engagementsignals.ingest.RecordValidator.Valid;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private static Map<String, String> survey() {
    Map<String, String> f = new HashMap<>();
    f.put("response_id", "S-1");
    f.put("respondent_id", "E1");
    f.put("team", "Sales / SMB");
    f.put("leader_id", "L005");
    f.put("question_id", "Q1");
    f.put("submitted_at", "2026-10-05T10:00:00Z");
    f.put("rating", "4");
    f.put("text", "We hit the target and the retro was honest.");
    return f;
  }

  private static RecordValidator.Outcome validate(Map<String, String> fields) {
    return RecordValidator.validate(
        new RawRecord(Source.SURVEY, "f.csv", 2, 1, fields, "raw", null), OCTOBER, 100);
  }

  private static QuarantineReason reason(Map<String, String> fields) {
    RecordValidator.Outcome o = validate(fields);
    assertThat(o).isInstanceOf(Quarantined.class);
    return ((Quarantined) o).reason();
  }

  @Test
  void acceptsAGoodRecordAndNormalisesTheTeamPath() {
    Valid v = (Valid) validate(survey());
    assertThat(v.rating()).isEqualTo(4);
    assertThat(v.team()).isEqualTo("Sales/SMB");
  }

  @Test
  void ratingIsOptional() {
    Map<String, String> f = survey();
    f.put("rating", " ");
    assertThat(((Valid) validate(f)).rating()).isNull();
    f.remove("rating");
    assertThat(((Valid) validate(f)).rating()).isNull();
  }

  @Test
  void namesEachProblem() {
    Map<String, String> f = survey();
    f.put("respondent_id", "  ");
    f.put("leader_id", null);
    Quarantined q = (Quarantined) validate(f);
    assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_FIELD);
    assertThat(q.message()).isEqualTo("respondent_id, leader_id are missing or blank");

    f = survey();
    f.put("text", " \n ");
    assertThat(reason(f)).isEqualTo(QuarantineReason.EMPTY_TEXT);
    f.put("text", null);
    assertThat(reason(f)).isEqualTo(QuarantineReason.MISSING_FIELD);
    f.put("text", "x".repeat(101));
    assertThat(reason(f)).isEqualTo(QuarantineReason.TEXT_TOO_LONG);

    f = survey();
    for (String bad : new String[] {"0", "6", "four", "4.5", "-1"}) {
      f.put("rating", bad);
      assertThat(reason(f)).as(bad).isEqualTo(QuarantineReason.BAD_RATING);
    }
    f = survey();
    f.put("team", "Sales//SMB");
    assertThat(reason(f)).isEqualTo(QuarantineReason.BAD_TEAM);
    f.put("submitted_at", "2026-10-05T10:00:00");
    assertThat(reason(f)).isEqualTo(QuarantineReason.BAD_TIMESTAMP);
    f.put("submitted_at", "");
    assertThat(reason(f)).isEqualTo(QuarantineReason.MISSING_FIELD);
  }

  @Test
  void aRecordOfAnotherMonthIsLeftToThatMonthsRunWhateverElseIsWrong() {
    Map<String, String> f = survey();
    f.put("submitted_at", "2026-09-30T23:59:59Z");
    f.put("rating", "9");
    assertThat(validate(f)).isEqualTo(new OtherPeriod(YearMonth.of(2026, 9)));
  }

  @Test
  void parseErrorsComeFirst() {
    RawRecord broken =
        RawRecord.unparseable(Source.SURVEY, "f.csv", 3, 2, "\"oops", "quote not closed");
    assertThat(RecordValidator.validate(broken, OCTOBER, 100))
        .isEqualTo(new Quarantined(QuarantineReason.UNPARSEABLE, "quote not closed"));
  }

  @Test
  void reflectionsNeedNoRespondent() {
    Map<String, String> f = new HashMap<>();
    f.put("reflection_id", "RF-1");
    f.put("leader_id", "L001");
    f.put("team", "Engineering/Platform");
    f.put("written_at", "2026-10-30");
    f.put("text", "I listened more this month.");
    RawRecord r = new RawRecord(Source.REFLECTION, "r.jsonl", 1, 1, f, "raw", null);
    assertThat(RecordValidator.validate(r, OCTOBER, 100)).isInstanceOf(Valid.class);
  }
}
