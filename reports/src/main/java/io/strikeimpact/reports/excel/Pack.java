package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;

/**
 * What every sheet is written from: the one computed analysis, the workbook's styles, and the rows
 * the Data sheet will hold (the source every formula sums).
 */
record Pack(Analysis analysis, Styles styles, DataRows data) {}
