package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;

/**
 * Say vs hear, per leader with reflections this period: what the leader writes (their reflections)
 * against what their team writes (survey), by the learned labels of each response. Shares are of
 * responses; trust and connection "direction" is (positive - negative) / (positive + negative) over
 * the leader's reflections and over the team's respondents that mention it, from -1 (all negative)
 * to +1 (all positive), so the two sides are on one scale. The "hear" side follows the leader
 * group's suppression.
 */
public final class SayHearTables {

  private SayHearTables() {}

  /** One row per leader with reflections; why a "hear" side is hidden goes to {@code log}. */
  public static List<Row> rows(GroupTable groups, SuppressionLog log) {
    Map<String, GroupCounts> survey = new HashMap<>();
    List<GroupCounts> reflections = new ArrayList<>();
    for (GroupCounts g : groups.groups()) {
      if (!g.level().equals("leader")) {
        continue;
      }
      if (g.source().equals(IndicatorTables.SURVEY)) {
        survey.put(g.groupId(), g);
      } else {
        reflections.add(g);
      }
    }
    List<Row> out = new ArrayList<>();
    for (GroupCounts say : IndicatorTables.sorted(reflections)) {
      GroupCounts hear = survey.get(say.groupId());
      SuppressionReason reason = hear == null ? null : groups.hidden(hear);
      boolean heard = hear != null && reason == null;
      if (!heard) {
        log.add(
            SuppressionLog.SAY_HEAR,
            IndicatorTables.SURVEY,
            "leader",
            say.groupId(),
            null,
            hear == null ? "no_survey_responses" : reason.code(),
            hear == null ? null : IndicatorTables.band(hear.respondents(), groups.k()));
      }
      Double sayProcess = share(say.process(), say.responses());
      Double sayTrust = direction(say.trustPosResponses(), say.trustNegResponses());
      Double sayConnection = direction(say.connPosResponses(), say.connNegResponses());
      Double hearProcess = heard ? share(hear.process(), hear.responses()) : null;
      Double hearTrust = heard ? direction(hear.trustPos(), hear.trustNeg()) : null;
      Double hearConnection = heard ? direction(hear.connPos(), hear.connNeg()) : null;
      // hear_suppression_reason stays null: only in the operators' suppression/ table.
      out.add(
          RowBuilder.of(OutputSchemas.SAY_HEAR)
              .set("leader_id", say.groupId())
              .set("say_reflections", say.responses())
              .set("say_sentences", say.sentences())
              .set("say_results_share", share(say.results(), say.responses()))
              .set("say_process_share", sayProcess)
              .set("say_trust_direction", sayTrust)
              .set("say_connection_direction", sayConnection)
              .set("hear_suppressed", !heard)
              .set("hear_respondents", heard ? hear.respondents() : null)
              .set("hear_results_share", heard ? share(hear.results(), hear.responses()) : null)
              .set("hear_process_share", hearProcess)
              .set("hear_trust_direction", hearTrust)
              .set("hear_connection_direction", hearConnection)
              .set("process_share_gap", gap(sayProcess, hearProcess))
              .set("trust_direction_gap", gap(sayTrust, hearTrust))
              .set("connection_direction_gap", gap(sayConnection, hearConnection))
              .build());
    }
    return out;
  }

  private static Double share(long a, long n) {
    return n == 0 ? null : (double) a / n;
  }

  private static Double direction(long positive, long negative) {
    return positive + negative == 0 ? null : (double) (positive - negative) / (positive + negative);
  }

  private static Double gap(Double say, Double hear) {
    return say == null || hear == null ? null : say - hear;
  }
}
