package io.strikeimpact.reports.pdf;

import java.io.IOException;
import org.openpdf.text.DocumentException;

/**
 * One section of the board pack. Adding a section is one class implementing this, and one line in
 * {@link BoardPackPdf#SECTIONS}. A section writes from the analysis and computes no figures.
 */
interface PackSection {
  /** Writes the section, if the analysis has anything for it, below the cursor. */
  void write() throws DocumentException, IOException;
}
