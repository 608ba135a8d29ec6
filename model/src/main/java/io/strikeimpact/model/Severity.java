package io.strikeimpact.model;

/** How bad a data problem is. */
public enum Severity {
  /** Reported; the figures stand. */
  WARNING,
  /** The row or file was rejected and kept aside; its figures are not used. */
  ERROR
}
