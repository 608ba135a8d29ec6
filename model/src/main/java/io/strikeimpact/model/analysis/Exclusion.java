package io.strikeimpact.model.analysis;

/**
 * A site left out of a like-for-like comparison, and why: "did not take part in the nursing
 * strikes".
 */
public record Exclusion(String odsCode, String label, String reason) {}
