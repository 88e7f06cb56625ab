package org.engagementsignals.tagging;

import java.io.Serializable;
import java.util.List;

/** The topics the tagger looks for, as loaded from {@code conf/taxonomy.conf}. */
public record Taxonomy(int version, List<Topic> topics) implements Serializable {

  /** A short fingerprint source: changes when any topic or phrase changes. */
  public String fingerprintSource() {
    StringBuilder s = new StringBuilder("v").append(version);
    for (Topic t : topics) {
      s.append(';')
          .append(t.id())
          .append('=')
          .append(t.family().id())
          .append(',')
          .append(t.polarity())
          .append(',')
          .append(t.focus())
          .append(',')
          .append(t.phrases());
    }
    return s.toString();
  }
}
