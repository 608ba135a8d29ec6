package io.strikeimpact.model.analysis;

/**
 * Active chart titles of ten words or fewer that say what each chart shows, generated from the
 * figures so the PDF and the workbook carry the same words.
 */
public record ChartTitles(
    String bySiteAndType,
    String comparison,
    String comparisonSubtitle,
    String shareBySite,
    String runningTotal) {}
