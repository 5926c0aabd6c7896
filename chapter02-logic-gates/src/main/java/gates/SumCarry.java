package gates;

/**
 * The two output bits of an adder: the sum bit and the carry bit (자리올림). Adding the bits a and
 * b gives the two-digit binary number (carry sum): 1 + 1 = 10, so sum 0 and carry 1.
 */
public record SumCarry(Signal sum, Signal carry) {
    public SumCarry {
        if (sum == null || carry == null) throw new IllegalArgumentException("an adder needs both a sum and a carry signal, got sum = "
                + sum + " and carry = " + carry);
    }
}
