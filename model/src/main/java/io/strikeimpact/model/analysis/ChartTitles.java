package io.strikeimpact.model.analysis;

/**
 * Active chart titles of ten words or fewer that say what each chart shows, generated from the
 * figures so the PDF and the workbook carry the same words.
 *
 * @param comparisonPerDay the like-for-like comparison a day of action, comparing the actions: "3.1
 *     times as many a day as the nursing strikes"
 * @param comparisonPerHour the same an hour of action
 */
public record ChartTitles(
    String bySiteAndType,
    String comparison,
    String comparisonSubtitle,
    String shareBySite,
    String runningTotal,
    String comparisonPerDay,
    String comparisonPerHour) {}
