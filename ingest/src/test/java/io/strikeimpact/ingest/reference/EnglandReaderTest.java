package io.strikeimpact.ingest.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.NationalRevision;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StrikeCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EnglandReaderTest {
  private static final String HEADER =
      "action_id,release_date,source,inpatient,outpatient,acute_total,other_settings,"
          + "peak_staff_absent,peak_staff_absent_date,cumulative_acute_total\n";

  private static Read<NationalFigures> read(String csv) throws IOException {
    return new EnglandReader()
        .read(
            csv.getBytes(StandardCharsets.UTF_8),
            new Provenance(EnglandReader.FILE, "x", "", ""),
            CalendarReaderTest.samples());
  }

  @Test
  void sample_file_gives_the_five_actions_of_december_2022_to_april_2023() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("../samples/data/reference/england.csv"));
    StrikeCalendar calendar = CalendarReaderTest.samples();
    Read<NationalFigures> read =
        new EnglandReader().read(bytes, new Provenance(EnglandReader.FILE, "x", "", ""), calendar);
    assertEquals(List.of(), read.problems());
    List<NationalFigure> latest = read.value().latest();
    assertEquals(
        List.of(
            "rcn-2022-12 4567+25009=29576",
            "rcn-2023-01 5149+22677=27826",
            "rcn-2023-02 7704+35193=42897",
            "bma-jd-2023-03 17866+157256=175122",
            "bma-jd-2023-04 20470+175755=196225"),
        latest.stream()
            .map(
                f ->
                    f.actionId()
                        + " "
                        + f.inpatient().getAsLong()
                        + "+"
                        + f.outpatient().getAsLong()
                        + "="
                        + f.acuteTotal().getAsLong())
            .toList());
    NationalFigure april = latest.getLast();
    assertEquals(OptionalLong.of(27_361), april.peakStaffAbsent());
    assertEquals(Optional.empty(), april.peakStaffAbsentDate());
    assertEquals(OptionalLong.empty(), april.cumulativeAcuteTotal());
    assertEquals(OptionalLong.empty(), april.otherSettings());
    assertEquals(List.of(), read.value().revisions());
  }

  @Test
  void a_blank_is_not_published_never_0() throws IOException {
    Read<NationalFigures> read =
        read(HEADER + "bma-jd-2023-06,2023-06-20,NHS England,,,\"51,312\",,,,\"651,000\"\n");
    assertEquals(List.of(), read.problems());
    NationalFigure june = read.value().latest().getFirst();
    assertEquals(OptionalLong.empty(), june.inpatient());
    assertEquals(OptionalLong.empty(), june.outpatient());
    assertEquals(OptionalLong.of(51_312), june.acuteTotal());
    assertEquals(OptionalLong.empty(), june.otherSettings());
    assertEquals(OptionalLong.empty(), june.peakStaffAbsent());
    assertEquals(OptionalLong.of(651_000), june.cumulativeAcuteTotal());
    assertEquals(
        "reference/england.csv, cell J2",
        june.at(NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL).describe());
  }

  @Test
  void the_same_action_in_a_later_release_is_a_revision_and_the_later_is_used() throws IOException {
    Read<NationalFigures> read =
        read(
            HEADER
                + "bma-jd-2023-04,2023-04-17,first release,,,195000,,,,\n"
                + "bma-jd-2023-04,2023-05-02,second release,20470,175755,196225,,,,\n");
    assertEquals(List.of(), read.problems());
    assertEquals(
        LocalDate.of(2023, 5, 2), read.value().latest("bma-jd-2023-04").get().releaseDate());
    List<NationalRevision> revisions = read.value().revisions();
    assertEquals(
        List.of(
            "bma-jd-2023-04 revised: release of 2023-04-17 gave an acute total of 195,000, release"
                + " of 2023-05-02 gives an acute total of 196,225 (+1,225); the later release is"
                + " used"),
        revisions.stream().map(NationalRevision::describe).toList());
  }

  @Test
  void bad_cells_name_the_file_cell_value_expected_and_fix_and_the_row_is_kept_aside()
      throws IOException {
    Read<NationalFigures> read =
        read(
            HEADER
                + "bma-jd-2023-3,17/04/2023,x,about 17000,-5,175122,,,2023-04-12,\n"
                + "bma-jd-2023-03,2023-04-17,x,17866,157256,175122,,,,\n"
                + "bma-jd-2023-03,2023-04-17,x,17866,157256,175122,,,,\n");
    assertEquals(
        List.of(
            "reference/england.csv, cell A2: found \"bma-jd-2023-3\"; expected an action id from"
                + " reference/calendar.csv, e.g. bma-jd-2023-03. Fix: correct the id, or add the"
                + " action to reference/calendar.csv",
            "reference/england.csv, cell B2: found \"17/04/2023\"; expected a date as yyyy-MM-dd,"
                + " e.g. 2023-04-17. Fix: write the date of the release that published the"
                + " figures",
            "reference/england.csv, cell D2: found \"about 17000\"; expected a whole number of 0 or"
                + " more as published, e.g. 175122, or a blank cell where the release gave no"
                + " figure. Fix: write the figure as NHS England published it (not a rounded"
                + " \"about\" figure), or leave the cell blank: a blank is \"not published\","
                + " never 0",
            "reference/england.csv, cell E2: found \"-5\"; expected a whole number of 0 or more as"
                + " published, e.g. 175122, or a blank cell where the release gave no figure."
                + " Fix: write the figure as NHS England published it (not a rounded \"about\""
                + " figure), or leave the cell blank: a blank is \"not published\", never 0",
            "reference/england.csv, cell H2: found an empty cell; expected the peak number of"
                + " staff absent on 2023-04-12. Fix: fill in peak_staff_absent, or clear"
                + " peak_staff_absent_date",
            "reference/england.csv, row 4: found \"bma-jd-2023-03, 2023-04-17\"; expected one row"
                + " per action and release (row 3 has the same). Fix: delete one of the two rows,"
                + " or correct its release_date"),
        read.problems().stream().map(p -> p.message()).toList());
    assertEquals(2, read.rejected().size());
    assertEquals(1, read.value().figures().size());
    assertEquals(3, read.rowsRead());
    assertEquals(1, read.rowsUsed());
  }
}
