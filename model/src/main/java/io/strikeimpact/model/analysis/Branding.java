package io.strikeimpact.model.analysis;

/**
 * How the outputs look for the organisation they are for: the primary colour of the cover band and
 * of table headers, which always carry white text, and the logo on the cover.
 *
 * @param primary the primary colour as 0xRRGGBB; its contrast with white text must be at least
 *     {@link #MIN_CONTRAST}
 * @param logo the organisation's logo, if the configuration names one
 */
public record Branding(int primary, java.util.Optional<Logo> logo) {
  /** NHS Blue, #005EB8. */
  public static final int NHS_BLUE = 0x005EB8;

  /** WCAG 2 AA for normal text: 4.5 to 1. */
  public static final double MIN_CONTRAST = 4.5;

  public static final Branding NHS = new Branding(NHS_BLUE);

  public Branding(int primary) {
    this(primary, java.util.Optional.empty());
  }

  public Branding {
    logo = logo == null ? java.util.Optional.empty() : logo;
    if (primary < 0 || primary > 0xFFFFFF) {
      throw new IllegalArgumentException("primary must be 0xRRGGBB, was " + primary);
    }
    if (contrastWithWhite(primary) < MIN_CONTRAST) {
      throw new IllegalArgumentException(
          hex(primary)
              + " has a contrast with white text of "
              + String.format(
                  java.util.Locale.ROOT, "%.2f", Math.floor(contrastWithWhite(primary) * 100) / 100)
              + " to 1, below "
              + MIN_CONTRAST
              + " to 1");
    }
  }

  /** The primary colour's red, green and blue, 0 to 255 each. */
  public int[] primaryRgb() {
    return new int[] {(primary >> 16) & 0xFF, (primary >> 8) & 0xFF, primary & 0xFF};
  }

  /** "#005EB8". */
  public static String hex(int rgb) {
    return String.format(java.util.Locale.ROOT, "#%06X", rgb);
  }

  /** The contrast ratio of white text on a colour 0xRRGGBB, as WCAG 2 defines it: 1 to 21. */
  public static double contrastWithWhite(int rgb) {
    return (1.0 + 0.05) / (relativeLuminance(rgb) + 0.05);
  }

  /** WCAG 2's relative luminance of a colour 0xRRGGBB in sRGB: 0 for black, 1 for white. */
  public static double relativeLuminance(int rgb) {
    return 0.2126 * linear((rgb >> 16) & 0xFF)
        + 0.7152 * linear((rgb >> 8) & 0xFF)
        + 0.0722 * linear(rgb & 0xFF);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return "Branding[primary=" + hex(primary) + logo.map(l -> ", logo=" + l).orElse("") + "]";
  }
}
