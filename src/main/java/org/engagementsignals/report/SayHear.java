package org.engagementsignals.report;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One row of {@code say_hear/}: what a leader writes (always shown: their own reflections) against
 * what their team writes (hidden when the team's group is suppressed).
 */
public record SayHear(
    String leaderId,
    Double sayProcess,
    Double sayTrust,
    Double sayConnection,
    boolean hearHidden,
    Double hearProcess,
    Double hearTrust,
    Double hearConnection) {

  public static List<String> columns() {
    return List.of(
        "leader_id",
        "say_process_share",
        "say_trust_direction",
        "say_connection_direction",
        "hear_suppressed",
        "hear_process_share",
        "hear_trust_direction",
        "hear_connection_direction");
  }

  public static SayHear of(Row row) {
    boolean hidden = !Boolean.FALSE.equals(row.getAs("hear_suppressed"));
    return new SayHear(
        row.getAs("leader_id"),
        row.getAs("say_process_share"),
        row.getAs("say_trust_direction"),
        row.getAs("say_connection_direction"),
        hidden,
        hidden ? null : row.getAs("hear_process_share"),
        hidden ? null : row.getAs("hear_trust_direction"),
        hidden ? null : row.getAs("hear_connection_direction"));
  }
}
