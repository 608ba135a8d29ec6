package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpPrintsUsageAndSucceeds() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--help"));
    assertTrue(out.toString().contains("Usage: strike-impact"), out.toString());
  }

  @Test
  void versionSucceeds() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--version"));
    assertTrue(out.toString().startsWith("strike-impact "), out.toString());
  }

  @Test
  void noArgumentsAtAllRunTheMainJobTheBoardPack() {
    assertArrayEquals(new String[] {"board-pack"}, Main.withMainJob());
    assertArrayEquals(new String[] {"summary", "--wide"}, Main.withMainJob("summary", "--wide"));
    assertArrayEquals(new String[] {"--strict"}, Main.withMainJob("--strict"));
  }

  @Test
  void noCommandIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(CommandLine.ExitCode.USAGE, cli.execute());
    assertTrue(err.toString().contains("Usage: strike-impact"), err.toString());
  }
}
