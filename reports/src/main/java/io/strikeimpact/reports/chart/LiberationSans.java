package io.strikeimpact.reports.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans (metric-compatible with Arial, open-licensed), read from the openpdf-fonts-extra
 * jar and registered with Java2D, so charts are measured with the same font the PDF embeds and do
 * not depend on the fonts installed on the machine.
 */
public final class LiberationSans {
  /** The family name Java2D knows the font by once registered. */
  public static final String FAMILY = "Liberation Sans";

  private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

  private static final byte[] REGULAR_BYTES = read(REGULAR);
  private static final byte[] BOLD_BYTES = read(BOLD);

  static {
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    env.registerFont(awtFont(REGULAR_BYTES));
    env.registerFont(awtFont(BOLD_BYTES));
  }

  private LiberationSans() {}

  /** The font at a size, {@link Font#PLAIN} or {@link Font#BOLD}. */
  public static Font font(int style, float size) {
    return new Font(FAMILY, style & Font.BOLD, 1).deriveFont(size);
  }

  /** The TrueType file, for embedding in a PDF. A fresh copy each call. */
  public static byte[] ttf(boolean bold) {
    return (bold ? BOLD_BYTES : REGULAR_BYTES).clone();
  }

  /** The resource name of the TrueType file, as a PDF font name. */
  public static String resourceName(boolean bold) {
    return (bold ? BOLD : REGULAR).substring(1);
  }

  private static Font awtFont(byte[] ttf) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("Liberation Sans in openpdf-fonts-extra cannot be read", e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = LiberationSans.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource
                + " is missing: com.github.librepdf:openpdf-fonts-extra must be on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
