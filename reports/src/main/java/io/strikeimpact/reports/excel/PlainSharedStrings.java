package io.strikeimpact.reports.excel;

import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The workbook's shared strings, told apart by their text rather than by their XML.
 *
 * <p>POI finds a string already in the table by writing each new cell's string out as XML and
 * looking that up; on a national pack's Sources sheet (a row a return, each with its own file name
 * and SHA-256) that serialising was most of the time spent writing cells. Every string this pack
 * writes is plain, one run of text without formatting, and two plain strings have the same XML
 * exactly when they have the same text and the same {@code xml:space}, so that is the key for them;
 * a string with runs or phonetic text keeps POI's own key (which starts with '<', as a plain key
 * never does). The table holds the same strings in the same order as before, so the workbook's
 * bytes do not change.
 */
final class PlainSharedStrings extends SharedStringsTable {
  private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

  /** A workbook factory that gives the workbook this table for its shared strings. */
  static final XSSFFactory FACTORY =
      new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
          return descriptor == XSSFRelation.SHARED_STRINGS
              ? new PlainSharedStrings()
              : super.newDocumentPart(descriptor);
        }
      };

  @Override
  protected String xmlText(CTRst st) {
    if (st.sizeOfRArray() > 0 || st.sizeOfRPhArray() > 0 || st.isSetPhoneticPr() || !st.isSetT()) {
      return super.xmlText(st);
    }
    try (XmlCursor t = st.xgetT().newCursor()) {
      String space = t.getAttributeText(XML_SPACE);
      // Apart from each other and from POI's keys, which start with '<'.
      return (space == null ? "\0" : "\1" + space + "\0") + st.getT();
    }
  }
}
