package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;

/** What every section is written from: the one computed analysis and the shared layout. */
record Pack(Analysis analysis, PackLayout out) {}
