package io.strikeimpact.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What makes a PDF meet PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2, level A) beyond its
 * tagged content: PDF 1.7, the document title shown in the title bar, the language (en-GB), an sRGB
 * output intent, and XMP metadata that repeats the document information and claims both standards.
 * Dates are fixed to the analysis date and the ID derives from the content, so the same inputs give
 * the same bytes.
 */
final class PdfStandards {
  static final String LANGUAGE = "en-GB";

  /** The document information, written to both the Info dictionary and the XMP metadata. */
  record Info(
      String title,
      String author,
      String subject,
      String keywords,
      String creator,
      LocalDate date,
      byte[] id) {}

  private PdfStandards() {}

  /** Before {@code document.open()}. */
  static void beforeOpen(PdfWriter writer) {
    // PDF/A-2 and PDF/UA-1 rest on PDF 1.7 (ISO 32000-1); OpenPDF 3 writes a PDF 2.0 header unless
    // told.
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.setTagged();
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
  }

  /** After {@code document.open()}: dates, ID, output intent and XMP. */
  static void afterOpen(PdfWriter writer, Info info) throws IOException {
    ZonedDateTime midnight = info.date().atStartOfDay(java.time.ZoneId.of("Europe/London"));
    PdfDate date = new PdfDate(GregorianCalendar.from(midnight));
    var dict = writer.getInfo();
    dict.put(PdfName.TITLE, new PdfString(info.title(), PdfObject.TEXT_UNICODE));
    dict.put(PdfName.AUTHOR, new PdfString(info.author(), PdfObject.TEXT_UNICODE));
    dict.put(PdfName.SUBJECT, new PdfString(info.subject(), PdfObject.TEXT_UNICODE));
    dict.put(PdfName.KEYWORDS, new PdfString(info.keywords(), PdfObject.TEXT_UNICODE));
    dict.put(PdfName.CREATOR, new PdfString(info.creator(), PdfObject.TEXT_UNICODE));
    dict.put(PdfName.CREATIONDATE, date);
    dict.put(PdfName.MODDATE, date);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(info.id(), info.id()));
    writer.setOutputIntents(
        "sRGB IEC61966-2.1",
        "",
        "http://www.color.org",
        "sRGB IEC61966-2.1",
        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    // OpenPDF marks the intent GTS_PDFA1 only in its own PDF/A mode, which also writes XMP of its
    // own; this file claims PDF/A-2a through its XMP, so the intent is marked here.
    var intents =
        (org.openpdf.text.pdf.PdfArray) writer.getExtraCatalog().get(PdfName.OUTPUTINTENTS);
    ((org.openpdf.text.pdf.PdfDictionary) intents.getPdfObject(0))
        .put(PdfName.S, PdfName.GTS_PDFA1);
    PdfObject producer = dict.get(PdfName.PRODUCER);
    String producerText = producer instanceof PdfString s ? s.toUnicodeString() : "OpenPDF";
    writer.setXmpMetadata(xmp(info, producerText, midnight).getBytes(StandardCharsets.UTF_8));
  }

  private static String xmp(Info info, String producer, ZonedDateTime when) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when);
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <dc:format>application/pdf</dc:format>
          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
          <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
          <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
          <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
          <pdf:Keywords>%s</pdf:Keywords>
          <pdf:Producer>%s</pdf:Producer>
          <xmp:CreatorTool>%s</xmp:CreatorTool>
          <xmp:CreateDate>%s</xmp:CreateDate>
          <xmp:ModifyDate>%s</xmp:ModifyDate>
          <pdfaid:part>2</pdfaid:part>
          <pdfaid:conformance>A</pdfaid:conformance>
          <pdfuaid:part>1</pdfuaid:part>
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                      <pdfaProperty:name>part</pdfaProperty:name>
                      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                      <pdfaProperty:category>internal</pdfaProperty:category>
                      <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li>
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>
        </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
        .formatted(
            esc(info.title()),
            esc(info.author()),
            esc(info.subject()),
            LANGUAGE,
            esc(info.keywords()),
            esc(producer),
            esc(info.creator()),
            date,
            date);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
