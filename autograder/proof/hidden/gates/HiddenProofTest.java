package gates;

import org.junit.jupiter.api.Test;

/**
 * A hidden test for the proof (no points, so chapter 2 still totals 100). Its source must stay
 * unreadable to the submitted code: HIDDEN-SOURCE-MARKER-7f3c9a must never reach a student.
 */
class HiddenProofTest {
    @Test
    void sixInFourBinaryDigits() {
        if (!Adders.binary(6, 4).equals("0110")) throw new AssertionError("binary(6, 4) is 0110");
    }
}
