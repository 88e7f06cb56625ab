package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mail me at jo.smith+hr@example.com please | mail me at [EMAIL] please",
        "JO@EXAMPLE.ORG. | [EMAIL].",
        "see https://wiki.example.com/teams/plt?id=4#top, thanks | see [URL], thanks",
        "(www.example.org/handbook) | ([URL])",
        "call +1 555 0142 today | call [PHONE] today",
        "ring 020 7946 0321 or (020) 7946-0999 | ring [PHONE] or [PHONE]",
        "my cell is 555-013-4567. | my cell is [PHONE].",
        "text 07700900123 | text [PHONE]",
      })
  void replacesContactDetails(String text, String expected) {
    assertThat(PiiRedactor.redact(text).text()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "we closed 14 deals for $1,250,000 in Q3 2026",
        "missed the target by 12% on 2026-10-12",
        "from 120 to 150 tickets a day, 3 weeks in a row",
        "revenue was 4.5 million, up 8.3% on 2025",
        "shifts 9-17 on 12/10/2026",
        "version 5.0.12 shipped late",
        "between 2025 and 2026 we grew",
      })
  void leavesResultsTalkNumbersAlone(String text) {
    PiiRedactor.Result r = PiiRedactor.redact(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.phones() + r.emails() + r.urls()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"'a@example.com, b@example.com and https://x.example.com', 2, 1, 0"})
  void countsWhatItReplaced(String text, int emails, int urls, int phones) {
    PiiRedactor.Result r = PiiRedactor.redact(text);
    assertThat(r.emails()).isEqualTo(emails);
    assertThat(r.urls()).isEqualTo(urls);
    assertThat(r.phones()).isEqualTo(phones);
  }
}
