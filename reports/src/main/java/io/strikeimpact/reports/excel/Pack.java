package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;

/**
 * What every sheet is written from: the one computed analysis, the workbook's styles, the rows the
 * Data sheet will hold (its formulas' source), and the contact line for the cover.
 */
record Pack(Analysis analysis, Styles styles, DataRows data, String contact) {}
