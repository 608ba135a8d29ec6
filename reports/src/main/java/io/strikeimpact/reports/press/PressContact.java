package io.strikeimpact.reports.press;

import java.util.List;
import java.util.Objects;

/**
 * Who journalists call: the press office named at the foot of a briefing.
 *
 * @param lines further lines as given, e.g. an out-of-hours number; may be empty
 */
public record PressContact(String office, String email, String phone, List<String> lines) {
  public PressContact {
    Objects.requireNonNull(office, "office");
    email = email == null ? "" : email;
    phone = phone == null ? "" : phone;
    lines = List.copyOf(lines);
  }

  /** The contact as lines of text, empty parts left out. */
  public List<String> asLines() {
    List<String> out = new java.util.ArrayList<>();
    out.add(office);
    if (!email.isBlank()) {
      out.add("Email: " + email);
    }
    if (!phone.isBlank()) {
      out.add("Telephone: " + phone);
    }
    out.addAll(lines);
    return out;
  }
}
