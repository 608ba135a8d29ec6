package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.SourceFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The returns of one site that cover the same activity with neither the later, so that none of them
 * counts (ingest says so in an error). The site sent returns: it is never "no return received".
 *
 * @param odsCode the site, from the folder the files sit in ({@code returns/RCX/...})
 * @param files the files, in the order of the sources
 */
record OverlappingReturns(String odsCode, List<String> files) {
  OverlappingReturns {
    Objects.requireNonNull(odsCode, "odsCode");
    files = List.copyOf(files);
  }

  /**
   * "2 returns overlap; neither counted (see Data quality): returns/RCX/qeh-march.csv and
   * returns/RCX/qeh-march.xlsx".
   */
  String describe() {
    String label =
        files.size() == 2
            ? SiteStatus.OVERLAPPING.label()
            : SiteStatus.OVERLAPPING
                .label()
                .replace("2 returns overlap; neither", files.size() + " returns overlap; none");
    return label + ": " + io.strikeimpact.model.text.HouseStyle.joinWithAnd(files);
  }

  /** The site's returns that do not count because they overlap, if it has any. */
  static Optional<OverlappingReturns> of(Dataset dataset, String odsCode) {
    List<String> files =
        dataset.sources().stream()
            .filter(s -> s.role().equals(SourceFile.ROLE_OVERLAPPING))
            .map(SourceFile::name)
            .filter(name -> UnreadableReturn.siteFolder(name).equals(Optional.of(odsCode)))
            .toList();
    return files.isEmpty() ? Optional.empty() : Optional.of(new OverlappingReturns(odsCode, files));
  }
}
