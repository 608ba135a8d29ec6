package io.strikeimpact.ingest.screen;

import java.util.regex.Pattern;

/**
 * A kind of patient identifier, with the headers that name a column of it and the words that stand
 * in for a value of it wherever a message would otherwise quote the value.
 */
public enum IdentifierKind {
  NHS_NUMBER(
      "NHS number", "NHS numbers", "^" + Who.PATIENT + "(new )?nhs ?(number|no|num|nbr|id)?$"),
  HOSPITAL_NUMBER(
      "hospital number",
      "hospital numbers",
      "^("
          + Who.PATIENT
          + "(hospital|hosp|pas|local patient|patient|case ?note|casenote|unit|district"
          + "|medical record|mr|crn)"
          + " ?(number|no|num|nbr|id|identifier|ref|reference)|mrn|crn|pas ?id"
          + "|local patient identifier)$"),
  // "Pt Name", "Surname, Forename", "Forename Surname", "Patient full name", "Name of patient".
  NAME(
      "patient name",
      "patient names",
      "^("
          + Who.PATIENT
          + "(patient name|pt name|"
          + Who.NAME_PART
          + "( (and )?"
          + Who.NAME_PART
          + ")*)|(patient|pt) (full )?name|name of (the )?patient)$"),
  DATE_OF_BIRTH(
      "date of birth",
      "dates of birth",
      "^" + Who.PATIENT + "(date of birth|dob|d o b|birth ?date|born)$"),
  POSTCODE(
      "postcode", "postcodes", "^" + Who.PATIENT + "(home )?(post ?code|postal code|pcode|zip)$"),
  ADDRESS(
      "address",
      "addresses",
      "^"
          + Who.PATIENT
          + "(home |postal |residential |contact )?(address|addr|street|street address)"
          + "( ?(line )?[0-9])?$"),
  // "Contact number", "Tel no", "Mobile", "Phone number": a number to ring is a patient's, here.
  PHONE(
      "phone number",
      "phone numbers",
      "^"
          + Who.PATIENT
          + "((home |mobile |work |contact |daytime |evening |alternative |alt )?"
          + "(phone|telephone|tel|mobile|mob|landline)( ?(number|no|num|nbr))?"
          + "|contact (number|no|num|nbr|details)|phone ?number|tel ?no)$"),
  EMAIL("email address", "email addresses", "^" + Who.PATIENT + "e ?mail( address)?$");

  /** Parts of the header patterns that several kinds share. */
  private static final class Who {
    /** "Patient", "Patient's", "Pt": whose identifier, before the kind's own words. */
    static final String PATIENT = "((patient|patients|patient s|pt|pt s|pts) )?";

    /** One word of a name: "Surname", "Forename(s)", "First name", "Given names". */
    static final String NAME_PART =
        "(forenames?|first ?name|given ?names?|surname|family ?name|last ?name|middle ?names?"
            + "|christian name)";
  }

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
