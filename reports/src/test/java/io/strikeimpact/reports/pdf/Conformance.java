package io.strikeimpact.reports.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF with veraPDF's own parser and returns the failed rules, one line per rule. */
final class Conformance {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private Conformance() {}

  /**
   * "7.1-3 (12 times): Content shall be marked as Artifact or tagged as real content"; empty when
   * compliant.
   */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      Map<String, List<TestAssertion>> byRule = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          byRule
              .computeIfAbsent(
                  a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                  k -> new java.util.ArrayList<>())
              .add(a);
        }
      }
      return byRule.entrySet().stream()
          .map(
              e ->
                  e.getKey()
                      + " ("
                      + e.getValue().size()
                      + " times): "
                      + e.getValue().getFirst().getMessage()
                      + " at "
                      + e.getValue().getFirst().getLocation().getContext())
          .collect(Collectors.toList());
    }
  }
}
