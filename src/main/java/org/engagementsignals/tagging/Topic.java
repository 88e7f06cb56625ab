package org.engagementsignals.tagging;

import java.io.Serializable;
import java.util.List;

/**
 * A taxonomy topic.
 *
 * @param polarity for trust and connection topics; null otherwise
 * @param focus the focus its mentions give a sentence (the family's unless the topic overrides it)
 * @param phrases each a sequence of token patterns
 */
public record Topic(
    String id, Family family, Polarity polarity, Focus focus, List<List<TokenPattern>> phrases)
    implements Serializable {}
