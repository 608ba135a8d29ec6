package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team defect 17: a profile saved by Notepad or Excel as UTF-8 with a byte order mark lost its
 * first key ("\uFEFFsite = RCX" was an unknown key), so the profile was refused and the return
 * unread.
 */
class ProfileByteOrderMarkTest {
  @Test
  void a_profile_saved_with_a_byte_order_mark_keeps_its_first_key() throws IOException {
    Dataset data =
        DataFolderReader.read(
            InvalidInputTest.folder()
                .put("profiles/test.properties", "\uFEFF" + InvalidInputTest.PROFILE)
                .put("returns/RM1/x.csv", "Date,Activity,Rescheduled\n13/03/2023,OP,5\n"));
    assertEquals(List.of(), InvalidInputTest.messages(data));
    assertEquals(List.of(5L), data.counts().stream().map(DisruptionCount::count).toList());
  }
}
