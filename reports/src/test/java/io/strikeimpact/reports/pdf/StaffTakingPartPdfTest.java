package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Staff taking part in the PDF: the table beside the activity, and the comparison per staff-day.
 */
class StaffTakingPartPdfTest {

  private static byte[] pdf(Dataset d, Optional<String> focus) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf()
        .write(
            ImpactAnalysis.analyse(
                d,
                new AnalysisRequest(
                    ReportSettings.norfolkAndWaveney(StoryData.AS_OF), focus, List.of())),
            out);
    return out.toByteArray();
  }

  private static String text(Dataset d, Optional<String> focus) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(d, focus))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** The text from the first {@code from} (these parts are not in the contents) to {@code to}. */
  private static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, () -> "no \"" + from + "\" in " + text);
    int end = text.indexOf(to, start + from.length());
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void the_site_section_shows_nn_peak_302_and_average_287_in_january_2023() throws IOException {
    String staff =
        section(
            text(StaffData.dataset(), Optional.of(StoryData.RCN_JAN)),
            StaffTakingPartTable.TITLE,
            "Chart description");
    assertTrue(
        staff.contains(
            "N&N 18 and 19 January 2023 302 (18 January 2023) 287 public: Eastern Daily Press;"
                + " nnuh-rcn.csv, cells E2 and E3"),
        staff);
    assertFalse(staff.contains("illustrative;"), staff);
  }

  @Test
  void illustrative_staff_figures_say_so_and_sites_without_figures_have_none() throws IOException {
    String staff =
        section(
            text(StaffData.dataset(), Optional.empty()),
            StaffTakingPartTable.TITLE,
            "Chart description");
    assertTrue(
        staff.contains(
            "N&N 13 to 15 March 2023 400 (13 March 2023) 390 illustrative; nnuh.xlsx, sheet"
                + " 'Sheet1', cells E2, E3 and E4"),
        staff);
    assertTrue(staff.contains("QEH n/a: no staff figures \u2014 the return gave none"), staff);
    assertTrue(staff.contains("JPUH n/a: no staff figures \u2014 the return gave none"), staff);
  }

  @Test
  void the_comparison_gives_the_rate_per_staff_day_where_both_sides_have_figures()
      throws IOException {
    String comparison =
        section(
            text(StaffData.dataset(), Optional.empty()),
            "Per staff-day of action taken part",
            "Rates are per day of action");
    assertTrue(
        comparison.contains(
            "N&N 2.9 3,451 over 1,170 staff-days 1.3 1,506 over 1,174 staff-days 2.3 times"
                + " (illustrative)"),
        comparison);
    assertTrue(comparison.contains("Illustrative: some staff figures"), comparison);
  }

  @Test
  void the_definitions_say_what_a_staff_day_is_when_returns_give_staff() throws IOException {
    String text = text(StaffData.dataset(), Optional.empty());
    String definitions = text.substring(text.lastIndexOf("Definitions"));
    assertTrue(
        definitions.contains(
            "Per staff-day of action taken part: The total rescheduled divided by the staff-days"),
        definitions);
    String none = text(StoryData.dataset(), Optional.empty());
    assertFalse(none.substring(none.lastIndexOf("Definitions")).contains("staff-day"));
  }

  @Test
  void the_comparison_says_not_available_when_a_side_has_no_staff_figures() throws IOException {
    Dataset noMarch =
        StoryData.dataset()
            .withStaff(
                StaffData.all().stream()
                    .filter(s -> !s.actionId().equals(StoryData.JD_MARCH))
                    .toList());
    String comparison =
        section(
            text(noMarch, Optional.empty()),
            "Per staff-day of action taken part",
            "Rates are per day of action");
    assertTrue(
        comparison.contains("N&N not available: no staff figures for N&N on 13 to 15 March 2023"),
        comparison);
    assertFalse(comparison.contains("staff-days 0"), comparison);
  }

  @Test
  void the_staff_tables_keep_the_pack_pdf_ua_1_and_pdf_a_2a() throws Exception {
    byte[] bytes = pdf(StaffData.dataset(), Optional.empty());
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "boardpack-staff-sample.pdf"), bytes);
    for (var flavour :
        List.of(
            org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1,
            org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)) {
      List<String> failures = Conformance.failures(bytes, flavour);
      assertTrue(failures.isEmpty(), () -> flavour + ":\n" + String.join("\n", failures));
    }
  }

  @Test
  void a_pack_without_staff_figures_has_neither_part() throws IOException {
    String text = text(StoryData.dataset(), Optional.empty());
    assertFalse(text.contains(StaffTakingPartTable.TITLE), "no staff table");
    assertFalse(text.contains("staff-day"), "no comparison per staff-day");
  }
}
