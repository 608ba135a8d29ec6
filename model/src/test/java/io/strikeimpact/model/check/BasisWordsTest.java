package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words press offices use for a basis: "each day", "every day of the strike", "daily" and "per
 * day" are a day of action; "an hour", "hourly" and "hour for hour" an hour; "in all", "in total"
 * and "altogether" the whole action. A figure is checked against the fact of its basis, and the
 * verdict names the basis it used; a right figure on the wrong basis differs and says which basis
 * it is of. Against the seed story: N&amp;N 3,451 in March, 1,150.3 a day and 47.9 an hour; all
 * sites 4,726 and 1,575.3 a day; N&amp;N against the nursing strikes 3.1 times a day, 1.5 an hour
 * and 2.3 in the total.
 */
class BasisWordsTest {

  @Test
  void each_basis_word_checks_the_figure_against_the_fact_of_that_basis() {
    List<String> draft =
        List.of(
            "Each day of the March strike, the N&N rescheduled 1,150 appointments.",
            "Every day of the strike in March, around 1,575 appointments were rescheduled across"
                + " the three hospitals.",
            "The N&N rescheduled 1,150 appointments daily during the March strike.",
            "The N&N rescheduled 48 appointments hourly during the March strike.",
            "An hourly average of 48 appointments were moved at the N&N in March.",
            "Hour for hour, the N&N rescheduled 1.5 times as many appointments in March as during"
                + " the nursing strikes.",
            "Hour for hour, the N&N rescheduled 3.1 times as many appointments in March as during"
                + " the nursing strikes.",
            "The N&N rescheduled 3,451 appointments a day during the March strike.",
            "In March the N&N rescheduled 1,150 appointments in total.",
            "Altogether, 4,726 appointments were rescheduled across the three hospitals in March.",
            "In March the N&N rescheduled 2.3 times as many appointments in all as during the"
                + " nursing strikes.");
    List<FigureCheck> checks = FigureChecker.check(Drafts.story(), String.join("\n", draft));
    assertEquals(
        List.of(
            "1 | 1,150 | MATCHES | N&N's rate a day of action",
            "2 | around 1,575 | MATCHES | the data says 1,575.3, all sites' rate a day of action",
            "3 | 1,150 | MATCHES | N&N's rate a day of action",
            "4 | 48 | MATCHES | N&N's rate an hour of action",
            "5 | 48 | MATCHES | N&N's rate an hour of action",
            "6 | 1.5 times | MATCHES | N&N's ratio an hour of action",
            "7 | 3.1 times | DIFFERS | 3.1 times is N&N's ratio a day of action",
            "8 | 3,451 | DIFFERS | 3,451 is N&N's total for the junior doctors' strike of 13 to 15"
                + " March 2023",
            "9 | 1,150 | DIFFERS | 1,150.3 is N&N's rate a day of action",
            "10 | 4,726 | MATCHES | all sites' total for the junior doctors' strike",
            "11 | 2.3 times | MATCHES | N&N's ratio in the total"),
        checks.stream()
            .map(
                c -> {
                  String d = c.detail();
                  return c.line()
                      + " | "
                      + c.figure()
                      + " | "
                      + c.verdict()
                      + " | "
                      + d.substring(0, Math.min(d.length(), prefixLength(c)));
                })
            .toList(),
        () -> checks.stream().map(FigureCheck::describe).toList().toString());
    assertEquals(
        true,
        checks
            .get(7)
            .detail()
            .endsWith(
                "not a rate a day of action; say in total or give the rate"
                    + " a day of action, 1,150.3"),
        checks.get(7).describe());
    assertEquals(
        true,
        checks
            .get(8)
            .detail()
            .endsWith("not the total; say a day of action or give the total," + " 3,451"),
        checks.get(8).describe());
  }

  /** How much of each verdict's detail the expected list above gives. */
  private static int prefixLength(FigureCheck c) {
    return switch (c.line()) {
      case 1, 3 -> "N&N's rate a day of action".length();
      case 2 -> "the data says 1,575.3, all sites' rate a day of action".length();
      case 4, 5 -> "N&N's rate an hour of action".length();
      case 6 -> "N&N's ratio an hour of action".length();
      case 7 -> "3.1 times is N&N's ratio a day of action".length();
      case 8 ->
          "3,451 is N&N's total for the junior doctors' strike of 13 to 15 March 2023".length();
      case 9 -> "1,150.3 is N&N's rate a day of action".length();
      case 10 -> "all sites' total for the junior doctors' strike".length();
      default -> "N&N's ratio in the total".length();
    };
  }
}
