package io.strikeimpact.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out}: the folder packs are written to. */
final class OutputOptions {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the outputs. Default: output.folder in the configuration (out).")
  Path out;

  Path folder(InputOptions input) {
    return out != null ? out : input.config().outputFolder();
  }
}
