package org.engagementsignals.cli;

import org.engagementsignals.config.Settings;
import org.engagementsignals.nlp.CoreNlpPipelines;
import org.engagementsignals.nlp.TextAnnotator;
import org.engagementsignals.tagging.Tagger;
import org.engagementsignals.tagging.TaxonomyLoader;

/** The job's per-text tools, built from settings, for the commands that run them outside Spark. */
final class TextTools {

  private TextTools() {}

  static Tagger tagger(Settings settings) {
    return new Tagger(
        TaxonomyLoader.load(SettingsOptions.projectFile(settings.tagging().taxonomyFile())));
  }

  static TextAnnotator annotator(Settings settings) {
    return new TextAnnotator(
        CoreNlpPipelines.getOrCreate(settings.nlp()), settings.nlp().parseMaxTokens());
  }
}
