package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A return no profile names, though a profile for it is there: the hospital sent this month's as
 * .xls, or renamed it. The warning's fix names that profile and the files line that would read it.
 */
class NearestProfileTest {
  private static final String RETURN = "Date,Activity,Rescheduled\n13/03/2023,OP,262\n";

  private static final String PROFILE =
      """
      site = RGP
      files = returns/RGP/jpuh-*.xlsx
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      action = by-date
      type.outpatient = OP
      """;

  private static String fixFor(String file) throws IOException {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder().put("profiles/jpuh.properties", PROFILE).put(file, RETURN));
    List<String> messages =
        InvalidInputTest.messages(data).stream().filter(m -> m.contains(file)).toList();
    assertEquals(1, messages.size(), messages.toString());
    String m = messages.getFirst();
    return m.substring(m.indexOf(" Fix: ") + 6);
  }

  @Test
  void a_return_in_another_format_names_the_profile_and_the_widened_files_line()
      throws IOException {
    assertEquals(
        "profiles/jpuh.properties reads returns/RGP/jpuh-*.xlsx, and this file is .csv: name it"
            + " too, with files = returns/RGP/jpuh-*.xlsx|returns/RGP/jpuh-*.csv (xlsx, xls and"
            + " csv are read alike); until then the file is not read",
        fixFor("returns/RGP/jpuh-march.csv"));
  }

  @Test
  void a_renamed_return_in_the_profiles_folder_names_the_profile_and_the_file() throws IOException {
    assertEquals(
        "profiles/jpuh.properties reads returns/RGP/jpuh-*.xlsx in the same folder but not this"
            + " file's name: if the file is in that profile's layout, name it too, with files ="
            + " returns/RGP/jpuh-*.xlsx|returns/RGP/March return.csv; if not, write a profile for"
            + " its layout; until then the file is not read",
        fixFor("returns/RGP/March return.csv"));
  }

  @Test
  void a_return_no_profile_comes_near_keeps_the_general_fix() throws IOException {
    assertEquals(
        "write a profile for this hospital's layout, or widen files in its profile; until then"
            + " the file is not read",
        fixFor("returns/ZZZ/orphan.csv"));
  }
}
