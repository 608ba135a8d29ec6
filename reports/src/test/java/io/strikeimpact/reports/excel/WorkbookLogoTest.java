package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.Branding;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Logo;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.pdf.LogoTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A configured logo on the Cover sheet, with alternative text, the same bytes every time. */
class WorkbookLogoTest {
  private static byte[] write(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackWorkbook().write(analysis, out);
    return out.toByteArray();
  }

  @Test
  void the_logo_is_a_picture_on_the_cover_named_for_the_organisation() throws IOException {
    ReportSettings nw = StoryData.request().settings();
    byte[] png = LogoTest.image("png");
    Analysis analysis =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            AnalysisRequest.defaults(
                new ReportSettings(
                    nw.title(),
                    nw.organisation(),
                    nw.area(),
                    nw.asOf(),
                    nw.contact(),
                    new Branding(0x7A1F5C, Logo.of(png)))));
    byte[] xlsx = write(analysis);
    assertArrayEquals(xlsx, write(analysis));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<XSSFShape> shapes = wb.getSheet("Cover").getDrawingPatriarch().getShapes();
      assertEquals(1, shapes.size());
      XSSFPicture picture = (XSSFPicture) shapes.getFirst();
      assertEquals(
          "Logo of NHS Norfolk and Waveney Integrated Care Board",
          picture.getCTPicture().getNvPicPr().getCNvPr().getDescr());
      assertArrayEquals(png, picture.getPictureData().getData());
      assertEquals(1, picture.getClientAnchor().getCol1());
    }
  }
}
