package io.strikeimpact.cli;

import picocli.CommandLine.ArgGroup;

/** Puts the shared input options on a command, under their own heading in --help. */
final class InputOptionsMixin {
  @ArgGroup(validate = false, heading = "%nInput:%n")
  InputOptions options = new InputOptions();
}
