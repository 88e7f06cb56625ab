package org.engagementsignals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks of option values that picocli's types cannot express; a failure is a usage error (exit 2).
 */
final class OptionChecks {

  private OptionChecks() {}

  static void requireAtLeast(CommandSpec spec, String option, int value, int least) {
    if (value < least) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be at least " + least + ", got " + value);
    }
  }
}
