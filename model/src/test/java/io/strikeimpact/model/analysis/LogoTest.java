package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A logo is a PNG or a JPEG by its own first bytes, and equal to another with the same bytes. */
class LogoTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x11};

  @Test
  void the_first_bytes_say_png_or_jpeg_and_anything_else_is_neither() {
    assertEquals(Optional.of(Logo.Format.PNG), Logo.sniff(PNG));
    assertEquals(Optional.of(Logo.Format.JPEG), Logo.sniff(JPEG));
    assertEquals(Optional.empty(), Logo.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    assertEquals(Optional.empty(), Logo.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x00}));
    assertEquals(Optional.empty(), Logo.sniff(new byte[] {(byte) 0xFE, (byte) 0xD8, (byte) 0xFF}));
    assertEquals(Optional.empty(), Logo.sniff(new byte[] {(byte) 0xFF, (byte) 0xD9, (byte) 0xFF}));
    assertEquals(Optional.empty(), Logo.sniff(java.util.Arrays.copyOf(PNG, 7)));
    // Each of the PNG signature's eight bytes matters.
    for (int i = 0; i < 8; i++) {
      byte[] wrong = PNG.clone();
      wrong[i] ^= 0x01;
      assertEquals(Optional.empty(), Logo.sniff(wrong), "byte " + i);
    }
    assertEquals(Optional.empty(), Logo.sniff("GIF89a".getBytes()));
  }

  @Test
  void of_gives_a_logo_of_the_format_the_bytes_say_or_none() {
    Logo png = Logo.of(PNG).orElseThrow();
    assertEquals(Logo.Format.PNG, png.format());
    assertArrayEquals(PNG, png.bytes());
    assertEquals(Logo.Format.JPEG, Logo.of(JPEG).orElseThrow().format());
    assertEquals(Optional.empty(), Logo.of("not an image".getBytes()));
  }

  @Test
  void bytes_that_are_not_the_format_named_are_refused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Logo(JPEG, Logo.Format.PNG));
    assertEquals("the bytes are not a PNG image", e.getMessage());
  }

  @Test
  void equal_bytes_make_equal_logos_and_the_same_words() {
    Logo a = new Logo(PNG, Logo.Format.PNG);
    Logo b = new Logo(PNG.clone(), Logo.Format.PNG);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new Logo(JPEG, Logo.Format.JPEG));
    assertNotEquals(
        a, Logo.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).orElseThrow());
    assertNotEquals(a.hashCode(), new Logo(JPEG, Logo.Format.JPEG).hashCode());
    assertNotEquals(a, (Object) "a logo");
    // SHA-256 of the ten bytes, worked out apart from the code under test.
    assertEquals(sha256(PNG), a.sha256());
    assertEquals("Logo[PNG, 10 bytes, SHA-256 " + a.sha256() + "]", a.toString());
    // The bytes handed out are a copy: changing them changes no logo.
    a.bytes()[9] = 99;
    assertArrayEquals(PNG, a.bytes());
  }

  private static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
