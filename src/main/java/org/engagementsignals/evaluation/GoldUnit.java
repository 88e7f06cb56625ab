package org.engagementsignals.evaluation;

import java.util.Map;
import org.engagementsignals.labels.Label;

/**
 * One unit of a gold file: a text and the labels people gave it.
 *
 * @param split the file's {@code split} column ({@code train}, {@code test}), or {@code all} when
 *     the file has none
 * @param gold the agreed label per label kind, in canonical class names; a label the annotators did
 *     not agree on ({@code ?}) or that the file does not have is absent
 * @param annotators the two annotators' labels ({@code *_a}, {@code *_b}) where the file has them,
 *     for their agreement
 */
public record GoldUnit(
    String id,
    String split,
    String text,
    Map<Label, String> gold,
    Map<Label, String[]> annotators) {}
