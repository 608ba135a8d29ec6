package io.strikeimpact.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A colour and a pattern for one series, so series differ by more than colour alone. Patterns are
 * drawn as vector lines, in the bars and in the legend keys alike.
 */
record Fill(Color colour, Pattern pattern) {

  enum Pattern {
    SOLID,
    /** White lines rising left to right. */
    DIAGONAL,
    /** White lines both ways. */
    CROSS
  }

  private static final double SPACING = 4.5;
  private static final float LINE = 1.3f;

  /** A legend key: a square with the pattern cut out of it, filled with the colour. */
  Shape legendShape() {
    double half = 5;
    Area key = new Area(new Rectangle2D.Double(-half, -half, 2 * half, 2 * half));
    if (pattern != Pattern.SOLID) {
      Shape cut =
          new BasicStroke(LINE)
              .createStrokedShape(lines(new Rectangle2D.Double(-half, -half, 2 * half, 2 * half)));
      key.subtract(new Area(cut));
    }
    return key;
  }

  /** Fills a bar with the colour and draws the pattern over it, clipped to the bar. */
  void paint(Graphics2D g2, RectangularShape bar) {
    g2.setPaint(colour);
    g2.fill(bar);
    if (pattern == Pattern.SOLID || bar.getWidth() < 1 || bar.getHeight() < 1) {
      return;
    }
    // The pattern as geometry (stroked lines cut to the bar), not a clip: every Graphics2D,
    // PdfGraphics2D included, draws it the same way.
    Area stripes = new Area(new BasicStroke(LINE).createStrokedShape(lines(bar.getBounds2D())));
    stripes.intersect(new Area(bar));
    g2.setPaint(Color.WHITE);
    g2.fill(stripes);
  }

  private Path2D lines(Rectangle2D r) {
    Path2D path = new Path2D.Double();
    double size = r.getWidth() + r.getHeight();
    for (double d = SPACING / 2; d < size; d += SPACING) {
      // rising: from the bottom edge up and to the right
      path.append(
          new Line2D.Double(
              r.getMinX() + d - r.getHeight(), r.getMaxY(), r.getMinX() + d, r.getMinY()),
          false);
      if (pattern == Pattern.CROSS) {
        path.append(
            new Line2D.Double(
                r.getMinX() + d - r.getHeight(), r.getMinY(), r.getMinX() + d, r.getMaxY()),
            false);
      }
    }
    return path;
  }

  /** Paints each series of a bar renderer with its fill; no gradients, no shadows. */
  static BarPainter painter(java.util.List<Fill> bySeries) {
    java.util.List<Fill> fills = java.util.List.copyOf(bySeries);
    return new BarPainter() {
      @Override
      public void paintBar(
          Graphics2D g2,
          BarRenderer renderer,
          int row,
          int column,
          RectangularShape bar,
          RectangleEdge base) {
        fills.get(row).paint(g2, bar);
      }

      @Override
      public void paintBarShadow(
          Graphics2D g2,
          BarRenderer renderer,
          int row,
          int column,
          RectangularShape bar,
          RectangleEdge base,
          boolean pegShadow) {
        // no shadows
      }
    };
  }
}
