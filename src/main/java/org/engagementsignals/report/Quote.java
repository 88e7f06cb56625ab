package org.engagementsignals.report;

/** A redacted sentence quoted under a topic, with the team it comes from. */
public record Quote(String topic, String team, String text) {}
