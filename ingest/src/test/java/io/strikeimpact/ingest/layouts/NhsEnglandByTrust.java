package io.strikeimpact.ingest.layouts;

import java.time.LocalDate;

/**
 * A table modelled on NHS England's "activity rescheduled" publication by trust: a title block, the
 * England total first, then one row per trust by ODS code and one column per strike day and type
 * ("13-Mar-23 Outpatient"), regions by code. The three Norfolk trusts carry the story's figures;
 * two trusts elsewhere are not in the sample register.
 */
public final class NhsEnglandByTrust {
  /** The profile that reads it. */
  public static final String PROFILE =
      """
      name = NHS England by trust
      files = returns/NHSE/*
      sheet = By trust
      column.site = Org Code|Code
      columns.by-day-and-type = {date} {type}
      date.format = dd-MMM-yy|d-MMM-yy
      action = by-date
      type.outpatient = Outpatient, Outpatients
      type.inpatient = Elective, Inpatient, Elective (inpatient and day case)
      totals.label = England|Total
      sites.other = skip
      """;

  private static final String[] DAYS = {"13-Mar-23", "14-Mar-23", "15-Mar-23"};

  private NhsEnglandByTrust() {}

  /** Single header row: "13-Mar-23 Outpatient", "13-Mar-23 Elective", ... */
  public static byte[] singleHeader() {
    Object[] header = new Object[3 + 2 * DAYS.length];
    header[0] = "Region";
    header[1] = "Org Code";
    header[2] = "Org Name";
    for (int d = 0; d < DAYS.length; d++) {
      header[3 + 2 * d] = DAYS[d] + " Outpatient";
      header[4 + 2 * d] = DAYS[d] + " Elective";
    }
    return Sheets.xlsx("By trust", rows(header, null));
  }

  /** Two header rows: each date (an Excel date) merged over its Outpatient and Elective columns. */
  public static byte[] mergedDateHeadings() {
    Object[] dates = new Object[3 + 2 * DAYS.length];
    Object[] header = new Object[3 + 2 * DAYS.length];
    header[0] = "Region";
    header[1] = "Org Code";
    header[2] = "Org Name";
    for (int d = 0; d < DAYS.length; d++) {
      dates[3 + 2 * d] = LocalDate.of(2023, 3, 13 + d);
      header[3 + 2 * d] = "Outpatient";
      header[4 + 2 * d] = "Elective";
    }
    return Sheets.xlsx("By trust", rows(header, dates), "D3:E3", "F3:G3", "H3:I3");
  }

  private static Object[][] rows(Object[] header, Object[] above) {
    Object[][] trusts = {
      {
        "Y61",
        "RM1",
        "Norfolk and Norwich University Hospitals NHS Foundation Trust",
        1010,
        160,
        "985",
        158,
        981,
        157
      },
      {
        "Y61",
        "RCX",
        "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust",
        300,
        17,
        290,
        16,
        "=146*2",
        17
      },
      {
        "Y61",
        "RGP",
        "James Paget University Hospitals NHS Foundation Trust",
        92,
        29,
        88,
        27,
        82,
        25
      },
      {
        "Y62",
        "R0A",
        "Manchester University NHS Foundation Trust",
        "1,520",
        240,
        1490,
        231,
        1475,
        229
      },
      {
        "Y56",
        "RAE",
        "Bradford Teaching Hospitals NHS Foundation Trust",
        410,
        66,
        402,
        null,
        398,
        60
      },
    };
    Object[] england = new Object[header.length];
    england[0] = "England";
    for (int c = 3; c < header.length; c++) {
      String col = String.valueOf((char) ('A' + c));
      england[c] = "=SUM(" + col + "6:" + col + "10)";
    }
    Object[][] all = new Object[5 + trusts.length][];
    all[0] = new Object[] {"Industrial action: activity rescheduled by trust, 13 to 15 March 2023"};
    all[1] = new Object[] {"Source: NHS England situation reports. Figures are provisional."};
    all[2] = above;
    all[3] = header;
    all[4] = england;
    System.arraycopy(trusts, 0, all, 5, trusts.length);
    return all;
  }
}
