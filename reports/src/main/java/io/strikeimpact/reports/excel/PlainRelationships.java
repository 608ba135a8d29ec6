package io.strikeimpact.reports.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a workbook's parts as POI's {@link ZipPartMarshaller} does, writing each part's
 * relationships ({@code _rels/*.rels}) as text instead of through a DOM and an XSLT transformer.
 *
 * <p>POI builds a DOM document for every relationship part and serialises it with a new identity
 * {@code Transformer}: a pack has two dozen such parts of a few lines each, and building, walking
 * and transforming them, mostly in code that runs a few times a process and so is interpreted, was
 * about a tenth of saving the workbook. The text written is the transformer's: the declaration with
 * {@code standalone="yes"}, no line breaks, each relationship's attributes in the DOM's
 * (alphabetical) order. A relationship this does not write exactly as the transformer would (an
 * external or hyperlink target, a value with a character that XML escapes or the transformer might
 * treat specially) sends the whole part to POI's own code, so the bytes never differ
 * (OnlyDataStreamsTest compares the workbook with one POI saved itself).
 *
 * <p>The package's own relationships, its content types and its core properties are still written
 * by POI: one each.
 */
final class PlainRelationships implements PartMarshaller {
  private static final PlainRelationships INSTANCE = new PlainRelationships();

  private static final String NAMESPACE =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private PlainRelationships() {}

  /** Makes every part of the workbook but its core properties save through this marshaller. */
  static void use(XSSFWorkbook workbook) throws InvalidFormatException {
    OPCPackage pkg = workbook.getPackage();
    for (PackagePart part : pkg.getParts()) {
      String type = part.getContentType();
      if (!part.isRelationshipPart() && !ContentTypes.CORE_PROPERTIES_PART.equals(type)) {
        pkg.addMarshaller(type, INSTANCE);
      }
    }
  }

  @Override
  public boolean marshall(PackagePart part, OutputStream os) throws OpenXML4JException {
    if (!(os instanceof ZipArchiveOutputStream zos)) {
      throw new OpenXML4JException("ZipArchiveOutputStream expected !");
    }
    // As POI: an empty shared strings part is not written.
    if (part.getSize() == 0
        && part.getPartName().getName().equals(XSSFRelation.SHARED_STRINGS.getDefaultFileName())) {
      return true;
    }
    ZipArchiveEntry entry =
        new ZipArchiveEntry(
            ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()));
    try {
      ZipHelper.adjustEntryTime(entry);
      zos.putArchiveEntry(entry);
      try (InputStream in = part.getInputStream()) {
        IOUtils.copy(in, zos);
      } finally {
        zos.closeArchiveEntry();
      }
    } catch (IOException e) {
      return false;
    }
    if (part.hasRelationships()) {
      PackagePartName name = PackagingURIHelper.getRelationshipPartName(part.getPartName());
      PackageRelationshipCollection relationships = part.getRelationships();
      String xml = xml(relationships, name);
      if (xml == null) {
        ZipPartMarshaller.marshallRelationshipPart(relationships, name, zos);
      } else {
        write(xml, name, zos);
      }
    }
    return true;
  }

  /**
   * The relationship part as POI's transformer writes it, or null when one of its relationships is
   * not one this writes (then POI writes the part).
   */
  static String xml(PackageRelationshipCollection relationships, PackagePartName name) {
    if (relationships.size() == 0) {
      return null;
    }
    URI source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(name.getURI());
    StringBuilder xml =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"")
            .append(NAMESPACE)
            .append("\">");
    for (PackageRelationship r : relationships) {
      if (r.getTargetMode() != TargetMode.INTERNAL
          || PackageRelationshipTypes.HYPERLINK_PART.equals(r.getRelationshipType())) {
        return null;
      }
      String id = r.getId();
      String type = r.getRelationshipType();
      String target = PackagingURIHelper.relativizeURI(source, r.getTargetURI(), true).toString();
      if (!plain(id) || !plain(type) || !plain(target)) {
        return null;
      }
      xml.append("<Relationship Id=\"")
          .append(id)
          .append("\" Target=\"")
          .append(target)
          .append("\" Type=\"")
          .append(type)
          .append("\"/>");
    }
    return xml.append("</Relationships>").toString();
  }

  /** Letters, digits and the punctuation of part names and URIs: nothing XML escapes. */
  private static boolean plain(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '/'
              || c == '.'
              || c == '_'
              || c == '-'
              || c == ':';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static void write(String xml, PackagePartName name, ZipArchiveOutputStream zos) {
    ZipArchiveEntry entry =
        new ZipArchiveEntry(
            ZipHelper.getZipURIFromOPCName(name.getURI().toASCIIString()).getPath());
    try {
      ZipHelper.adjustEntryTime(entry);
      zos.putArchiveEntry(entry);
      try {
        zos.write(xml.getBytes(StandardCharsets.UTF_8));
      } finally {
        zos.closeArchiveEntry();
      }
    } catch (IOException e) {
      // As POI, which logs the failure and saves on. The stream is the workbook's template in
      // memory (StreamingWorkbook), which does not fail.
    }
  }
}
