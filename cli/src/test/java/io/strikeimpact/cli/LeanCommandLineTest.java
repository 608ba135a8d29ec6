package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names a subcommand builds the root with that subcommand alone ({@link
 * Main#commandLine(String...)}); it must parse, print help and exit as the whole command line does.
 */
class LeanCommandLineTest {

  @Test
  void every_subcommand_has_the_help_it_has_in_the_whole_command_line() {
    Map<String, CommandLine> whole = Main.commandLine().getSubcommands();
    assertEquals(Main.SUBCOMMANDS.size(), whole.size());
    for (String name : whole.keySet()) {
      CommandLine lean = Main.commandLine(name);
      if (!name.equals("help") && !name.equals("generate-completion")) {
        assertEquals(List.of(name), List.copyOf(lean.getSubcommands().keySet()));
      }
      assertSameHelp(whole.get(name), lean.getSubcommands().get(name));
    }
  }

  @Test
  void every_subcommand_runs_its_help_and_a_mistake_as_the_whole_command_line_does() {
    for (String name : Main.commandLine().getSubcommands().keySet()) {
      for (String[] args :
          List.of(
              new String[] {name, "--help"},
              new String[] {"help", name},
              new String[] {name, "--no-such-option"},
              new String[] {name, "--as-of", "2023-13-40"})) {
        assertEquals(run(Main.commandLine(), args), run(Main.commandLine(args), args), name);
      }
    }
  }

  @Test
  void without_a_subcommand_first_it_is_the_whole_command_line() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"sumary"},
            new String[] {"--help", "board-pack"},
            new String[] {"help", "board-pack"},
            new String[] {"generate-completion"})) {
      assertEquals(
          Main.SUBCOMMANDS.size(),
          Main.commandLine(args).getSubcommands().size(),
          args.length + "");
    }
    assertTrue(run(Main.commandLine("sumary"), "sumary").contains("Did you mean: summary?"));
  }

  private static void assertSameHelp(CommandLine whole, CommandLine lean) {
    assertEquals(whole.getUsageMessage(), lean.getUsageMessage(), whole.getCommandName());
    assertEquals(whole.getCommandSpec().qualifiedName(), lean.getCommandSpec().qualifiedName());
    assertEquals(
        whole.getCommandSpec().exitCodeOnSuccess(), lean.getCommandSpec().exitCodeOnSuccess());
    assertEquals(whole.getSubcommands().keySet(), lean.getSubcommands().keySet());
    for (String sub : whole.getSubcommands().keySet()) {
      assertSameHelp(whole.getSubcommands().get(sub), lean.getSubcommands().get(sub));
    }
  }

  /** Exit code, output and errors of a run, as one string to compare. */
  private static String run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return code + "\n" + out + "\n" + err;
  }
}
