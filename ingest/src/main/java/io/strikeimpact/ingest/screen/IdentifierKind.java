package io.strikeimpact.ingest.screen;

import java.util.regex.Pattern;

/**
 * A kind of patient identifier, with the headers that name a column of it and the words that stand
 * in for a value of it wherever a message would otherwise quote the value.
 */
public enum IdentifierKind {
  NHS_NUMBER("NHS number", "NHS numbers", "^(patient )?(new )?nhs ?(number|no|num|nbr|id)?$"),
  HOSPITAL_NUMBER(
      "hospital number",
      "hospital numbers",
      "^((patient )?(hospital|hosp|pas|local patient|patient|case ?note|casenote|unit|district"
          + "|medical record|mr|crn)"
          + " ?(number|no|num|nbr|id|identifier|ref|reference)|mrn|crn|pas ?id"
          + "|local patient identifier)$"),
  NAME(
      "patient name",
      "patient names",
      "^(patient )?(patient name|forenames?|first ?name|given ?names?|surname|family ?name"
          + "|last ?name|middle ?names?|christian name)$"),
  DATE_OF_BIRTH(
      "date of birth", "dates of birth", "^(patient )?(date of birth|dob|d o b|birth ?date|born)$"),
  POSTCODE("postcode", "postcodes", "^(patient )?(home )?(post ?code|postal code|pcode|zip)$"),
  ADDRESS(
      "address",
      "addresses",
      "^(patient )?(home |postal |residential )?(address|addr|street|street address)"
          + "( ?(line )?[0-9])?$"),
  PHONE(
      "phone number",
      "phone numbers",
      "^(patient )?(home |mobile |work |contact |daytime )?(phone|telephone|tel|mobile|mob)"
          + "( ?(number|no|num))?$"),
  EMAIL("email address", "email addresses", "^(patient )?e ?mail( address)?$");

  private final String label;
  private final String plural;
  private final Pattern header;

  IdentifierKind(String label, String plural, String header) {
    this.label = label;
    this.plural = plural;
    this.header = Pattern.compile(header);
  }

  /** "NHS number", for messages. */
  public String label() {
    return label;
  }

  /** "NHS numbers", "dates of birth": what a column of this kind holds. */
  public String plural() {
    return plural;
  }

  /**
   * What a message says in place of a value of this kind: "a value that looks like an NHS number,
   * not shown".
   */
  public String withheld() {
    return "a value that looks like " + article() + label + ", not shown";
  }

  private String article() {
    return this == NHS_NUMBER || this == ADDRESS || this == EMAIL ? "an " : "a ";
  }

  boolean namedBy(String normalisedHeader) {
    return header.matcher(normalisedHeader).matches();
  }
}
