package io.strikeimpact.ingest.screen;

import java.util.Random;

/**
 * NHS numbers for tests: in the 999 range NHS England sets aside for testing, so never a real
 * patient's, each with its Modulus 11 check digit right.
 */
public final class InventedNhsNumbers {
  private InventedNhsNumbers() {}

  /** A valid test number, ten digits with no spaces. */
  public static String next(Random random) {
    while (true) {
      StringBuilder s = new StringBuilder("999");
      for (int i = 0; i < 6; i++) {
        s.append(random.nextInt(10));
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (s.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return s.append(check).toString();
      }
    }
  }
}
