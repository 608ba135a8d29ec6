package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.PROFILE;
import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Profiles kept in a folder of their own are read as well as the data folder's profiles/. */
class ProfilesFolderTest {
  private static final String RETURN =
      """
      Date,Activity,Rescheduled
      13/03/2023,OP,12
      """;

  /** The reference files and a return, with no profile of their own. */
  private static InMemorySourceFolder dataWithoutProfiles() throws IOException {
    InMemorySourceFolder all = folder();
    InMemorySourceFolder data = new InMemorySourceFolder();
    for (String name : all.names()) {
      if (!name.startsWith("profiles/")) {
        data.put(name, all.open(name).readAllBytes());
      }
    }
    return data.put("returns/RM1/march.csv", RETURN);
  }

  private static Dataset read(InMemorySourceFolder data, InMemorySourceFolder profiles)
      throws IOException {
    return DataFolderReader.read(data, Optional.of(profiles), DataFolderReader.Progress.NONE);
  }

  private static SourceFile source(Dataset data, String name) {
    return data.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void a_profile_from_the_profiles_folder_reads_the_returns_and_is_named_as_from_there()
      throws IOException {
    Dataset data =
        read(
            dataWithoutProfiles(),
            new InMemorySourceFolder()
                .put("test.properties", PROFILE)
                .put("README.md", "Profiles for the ICB's hospitals"));

    assertEquals(List.of(), messages(data));
    assertEquals(List.of(12L), data.counts().stream().map(DisruptionCount::count).toList());
    SourceFile profile = source(data, "profiles.folder/test.properties");
    assertEquals(DataFolderReader.ROLE_PROFILE, profile.role());
    assertEquals("test", profile.profile());
    assertEquals("test", source(data, "returns/RM1/march.csv").profile());
    assertEquals(
        List.of("profiles.folder/test.properties", "reference/calendar.csv"),
        data.sources().stream().map(SourceFile::name).toList().subList(0, 2));
  }

  @Test
  void a_profile_of_the_same_file_name_in_both_places_is_the_data_folders_with_a_warning()
      throws IOException {
    String elsewhere = PROFILE.replace("type.outpatient = OP", "type.outpatient = Outpt");
    Dataset data =
        read(
            dataWithoutProfiles().put("profiles/test.properties", PROFILE),
            new InMemorySourceFolder().put("hospitals/test.properties", elsewhere));

    assertEquals(
        List.of(
            "WARNING profiles.folder/hospitals/test.properties: found \"profiles/test.properties\";"
                + " expected a file name that no profile in the data folder's profiles/ has. Fix:"
                + " profiles/test.properties was read and profiles.folder/hospitals/test.properties"
                + " was not: the data folder's own profile wins; rename or remove one of the two"),
        messages(data));
    assertEquals(List.of(12L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(DataFolderReader.ROLE_PROFILE, source(data, "profiles/test.properties").role());
    assertEquals(
        DataFolderReader.ROLE_PROFILE_SHADOWED,
        source(data, "profiles.folder/hospitals/test.properties").role());
  }

  @Test
  void without_a_profiles_folder_the_data_folder_is_read_as_before() throws IOException {
    InMemorySourceFolder data = dataWithoutProfiles().put("profiles/test.properties", PROFILE);
    assertEquals(
        DataFolderReader.read(data).sources(),
        DataFolderReader.read(data, Optional.empty(), DataFolderReader.Progress.NONE).sources());
  }
}
