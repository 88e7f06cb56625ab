package org.engagementsignals.contract;

import java.util.List;

/** The two kinds of input and the canonical fields each has. */
public enum Source {
  SURVEY(
      "survey",
      "response_id",
      "submitted_at",
      List.of(
          "response_id",
          "respondent_id",
          "team",
          "leader_id",
          "question_id",
          "submitted_at",
          "text"),
      List.of("question_text", "rating")),
  REFLECTION(
      "reflection",
      "reflection_id",
      "written_at",
      List.of("reflection_id", "leader_id", "team", "written_at", "text"),
      List.of());

  private final String id;
  private final String idField;
  private final String timestampField;
  private final List<String> requiredFields;
  private final List<String> optionalFields;

  Source(
      String id,
      String idField,
      String timestampField,
      List<String> required,
      List<String> optional) {
    this.id = id;
    this.idField = idField;
    this.timestampField = timestampField;
    this.requiredFields = required;
    this.optionalFields = optional;
  }

  /** The value written in {@code source} columns and the input sub-folder name's stem. */
  public String id() {
    return id;
  }

  /** The input sub-folder: {@code survey/} or {@code reflections/}. */
  public String folder() {
    return this == SURVEY ? "survey" : "reflections";
  }

  public String idField() {
    return idField;
  }

  public String timestampField() {
    return timestampField;
  }

  public List<String> requiredFields() {
    return requiredFields;
  }

  public List<String> optionalFields() {
    return optionalFields;
  }

  public static Source fromId(String id) {
    for (Source s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown source " + id);
  }
}
