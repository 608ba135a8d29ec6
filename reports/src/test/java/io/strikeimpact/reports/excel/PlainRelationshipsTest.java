package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainRelationships} writes each relationship part as POI's DOM and transformer do, and
 * leaves to POI any part it would not write the same.
 */
class PlainRelationshipsTest {
  @Test
  void every_relationship_part_of_a_pack_is_written_as_poi_writes_it() throws Exception {
    byte[] pack =
        LiveWorkbookTest.write(
            new BoardPackWorkbook(),
            ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()));
    int written = 0;
    try (XSSFWorkbook workbook = LiveWorkbookTest.readBack(pack)) {
      for (PackagePart part : workbook.getPackage().getParts()) {
        if (part.isRelationshipPart() || !part.hasRelationships()) {
          continue;
        }
        PackagePartName name = PackagingURIHelper.getRelationshipPartName(part.getPartName());
        String xml = PlainRelationships.xml(part.getRelationships(), name);
        assertNotNull(xml, name + " is written as text, not sent to POI");
        assertEquals(poi(part.getRelationships(), name), xml, name.getName());
        written++;
      }
    }
    assertTrue(
        written >= 10, "a pack's sheets, drawings and charts have relationships: " + written);
  }

  @Test
  void a_part_with_an_external_link_is_left_to_poi() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Links");
      XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
      link.setAddress("https://www.england.nhs.uk/statistics/?a=1&b=2");
      sheet.createRow(0).createCell(0).setHyperlink(link);
      // Saving commits the hyperlink's relationship to the sheet's part.
      workbook.write(new ByteArrayOutputStream());
      PackagePart part = sheet.getPackagePart();
      assertTrue(part.hasRelationships());
      assertNull(
          PlainRelationships.xml(
              part.getRelationships(),
              PackagingURIHelper.getRelationshipPartName(part.getPartName())));
    }
  }

  /** The part as POI's own marshaller writes it. */
  private static String poi(PackageRelationshipCollection relationships, PackagePartName name)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      assertTrue(ZipPartMarshaller.marshallRelationshipPart(relationships, name, zip));
    }
    try (ZipArchiveInputStream in =
        new ZipArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      in.getNextEntry();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
