package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * With {@code sites.other = skip} (a national table, one row per trust), passes over the rows for
 * sites not in the register and names them in one warning for the file.
 */
final class OtherSites {
  private static final int NAMED = 10;
  private final ReturnContext context;
  private final Set<String> skipped = new TreeSet<>();
  private int rows;

  OtherSites(ReturnContext context) {
    this.context = context;
  }

  /** Whether the row is for a site not in the register, and so passed over. */
  boolean skips(RawRow row, HeaderColumns columns) {
    if (!context.profile().skipOtherSites() || columns.index(Field.SITE).isEmpty()) {
      return false;
    }
    String value = row.text(columns.index(Field.SITE).get());
    String code = value.strip().toUpperCase(Locale.ROOT);
    // A site of the register is read whether the table gives its code or its name.
    if (code.isEmpty() || context.siteNamed(value).isPresent()) {
      return false;
    }
    skipped.add(code);
    rows++;
    return true;
  }

  Optional<DataProblem> warning(String sheet) {
    if (rows == 0) {
      return Optional.empty();
    }
    String named = skipped.stream().limit(NAMED).collect(Collectors.joining(", "));
    String more = skipped.size() > NAMED ? " and " + (skipped.size() - NAMED) + " more" : "";
    return Optional.of(
        new DataProblem(
            Severity.WARNING,
            context.whole(sheet),
            rows
                + (rows == 1 ? " row" : " rows")
                + " for sites not in reference/sites.csv: "
                + named
                + more,
            "rows for the sites in reference/sites.csv",
            "nothing to fix if these sites are not yours: sites.other = skip in "
                + context.profile().source()
                + " passes them over; to count one, add it to reference/sites.csv"));
  }
}
