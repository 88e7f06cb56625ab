package org.engagementsignals.report;

/**
 * Whom a page is about: the whole organisation ({@code index.html}) or one leader or team (a page
 * of its own beside it).
 */
public record ReportScope(String level, String groupId) {

  public static final ReportScope ORG = new ReportScope(GroupFigures.ORG, "org");

  public boolean isOrg() {
    return level.equals(GroupFigures.ORG);
  }

  /** How the page names its group. */
  public String label() {
    return switch (level) {
      case GroupFigures.ORG -> "the whole organisation";
      case GroupFigures.LEADER -> "leader " + groupId;
      default -> "team " + groupId;
    };
  }

  /**
   * The page's file, relative to the month's report folder: {@code index.html} for the
   * organisation, {@code leaders/L001.html} or {@code teams/Engineering_Platform.html} otherwise.
   */
  public String fileName() {
    if (isOrg()) {
      return "index.html";
    }
    String safe = groupId.replaceAll("[^A-Za-z0-9._-]", "_");
    return (level.equals(GroupFigures.LEADER) ? "leaders/" : "teams/") + safe + ".html";
  }
}
