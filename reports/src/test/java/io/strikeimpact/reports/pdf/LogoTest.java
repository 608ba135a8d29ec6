package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.Branding;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Logo;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StoryData;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A configured logo on the cover: a Figure with alternative text, in a pack that still conforms.
 */
public class LogoTest {
  /** A wide logo with a transparent corner (PNG) or without (JPEG). */
  public static byte[] image(String format) throws IOException {
    boolean png = format.equals("png");
    BufferedImage img =
        new BufferedImage(300, 120, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 120);
    g.setColor(new Color(0x005EB8));
    g.fillRect(20, 20, 260, 80);
    if (png) {
      g.setComposite(java.awt.AlphaComposite.Clear);
      g.fillRect(0, 0, 30, 30);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  private static byte[] render(byte[] logo) throws IOException {
    ReportSettings nw = StoryData.request().settings();
    ReportSettings settings =
        new ReportSettings(
            nw.title(),
            nw.organisation(),
            nw.area(),
            nw.asOf(),
            nw.contact(),
            new Branding(Branding.NHS_BLUE, Logo.of(logo)));
    Analysis analysis =
        ImpactAnalysis.analyse(StoryData.dataset(), AnalysisRequest.defaults(settings));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf().write(analysis, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg"})
  void the_logo_is_a_figure_named_for_the_organisation_and_the_pack_still_conforms(String format)
      throws Exception {
    byte[] logo = image(format);
    assertTrue(Logo.of(logo).isPresent(), format);
    byte[] pdf = render(logo);
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "boardpack-logo-" + format + ".pdf"), pdf);

    assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    assertEquals(List.of(), Conformance.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    assertArrayEquals(pdf, render(logo), "the same logo gives the same bytes");

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> alts = new ArrayList<>();
      figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
      assertEquals(
          "Logo of NHS Norfolk and Waveney Integrated Care Board",
          alts.getFirst(),
          "the logo is the first figure");
      var resources = doc.getPage(0).getResources();
      boolean image = false;
      for (var name : resources.getXObjectNames()) {
        image |= resources.getXObject(name) instanceof PDImageXObject;
      }
      assertTrue(image, "the cover has an image");
    }
  }

  private static void figures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          alts.add(Optional.ofNullable(e.getAlternateDescription()).orElse(""));
        }
        figures(e, alts);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void a_pack_without_a_logo_is_unchanged_by_the_branding() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf().write(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<String> alts = new ArrayList<>();
      figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
      assertTrue(alts.stream().noneMatch(a -> a.startsWith("Logo of")), alts.toString());
    }
  }
}
