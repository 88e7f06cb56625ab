package org.engagementsignals.cli;

import org.engagementsignals.pipeline.BuildInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildInfo b = BuildInfo.load();
    return new String[] {
      "engagement-signals " + b.version(),
      "Stanford CoreNLP " + b.corenlpVersion(),
      "Apache Spark " + b.sparkVersion()
    };
  }
}
