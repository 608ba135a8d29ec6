package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code reference/sites.csv}: ods_code, short_name, abbreviation, official_name. */
public final class SitesReader {
  public static final String FILE = "reference/sites.csv";
  static final List<String> COLUMNS =
      List.of("ods_code", "short_name", "abbreviation", "official_name");

  public Read<List<Site>> read(byte[] bytes, Provenance file) {
    ReferenceTable.Read table = ReferenceTable.read(bytes, file, COLUMNS);
    List<Site> sites = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>(table.problems());
    List<RejectedRow> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ReferenceTable.Row row : table.rows()) {
      List<DataProblem> rowProblems = new ArrayList<>();
      String code = row.get("ods_code");
      if (!code.matches("[A-Z0-9]{3,10}")) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("ods_code"),
                code,
                "an ODS code: 3 to 10 capital letters and digits, e.g. RM1",
                "write the site's ODS code in capitals"));
      } else if (!seen.add(code)) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("ods_code"),
                code,
                "each ODS code once",
                "remove the second row for " + code));
      }
      for (String column : COLUMNS.subList(1, COLUMNS.size())) {
        if (row.get(column).isBlank()) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.at(column),
                  "",
                  "the site's " + column.replace('_', ' '),
                  "fill in " + column + " for " + (code.isBlank() ? "the site" : code)));
        }
      }
      if (rowProblems.isEmpty()) {
        sites.add(
            new Site(
                code, row.get("short_name"), row.get("abbreviation"), row.get("official_name")));
      } else {
        problems.addAll(rowProblems);
        rejected.add(new RejectedRow(row.row(), row.values(), rowProblems));
      }
    }
    // The register's order is the order sites appear in every table and chart: the trust's own
    // choice (largest first in the samples), not the alphabet of ODS codes.
    return new Read<>(sites, problems, rejected, table.rows().size(), sites.size());
  }
}
