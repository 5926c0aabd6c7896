package gates;

import java.util.Optional;
import toolkit.Todo;

/**
 * Exercise 2.9: which truth tables can one perceptron compute? Exactly the linearly separable ones
 * (선형 분리 가능): those whose 1-rows and 0-rows a line (a plane, a hyperplane) can separate.
 */
public final class Separability {
    private Separability() {}

    /** The largest weight the search needs: every threshold function of up to 4 inputs has integer weights in −3 … 3. */
    public static final int MAX_WEIGHT = 3;

    /**
     * Exercise 2.9 · An exact test of linear separability (선형 분리 가능성), for 1 to 4 inputs.
     *
     * <p>Return a perceptron that computes {@code table} at every row (the proof that the table is
     * separable), or {@code Optional.empty()} when no perceptron can. The answer must be exact:
     * training with the learning rule and giving up after some epochs is not a proof, because
     * "not converged yet" does not mean "never converges".
     *
     * <p>The method: search integer weights. Real weights can always be replaced by integers (nudge
     * them to fractions, then multiply by a common denominator), and for up to 4 inputs integers
     * from −3 to 3 are enough (Muroga, <i>Threshold Logic and Its Applications</i>, 1971; it is why
     * this search finds all 1882 separable tables of 4 inputs). So, for every w in {−3, …, 3}ⁿ:
     * <pre>
     *     s(row) = w·x(row)                   at every row
     *     lo = the largest  s over the rows whose output is 0
     *     hi = the smallest s over the rows whose output is 1
     *     if lo &lt; hi: return new Perceptron(w, −(lo + hi) / 2)     (the line halfway between)
     * </pre>
     * A table with no 1 at all, or no 0, is constant: w = 0 with b = −0.5 (or +0.5) computes it. When
     * no w works, return {@code Optional.empty()}.
     *
     * <p>Example: AND (0001) with w = (1, 1) has s = 0, 1, 1, 2; lo = 1 and hi = 2, so b = −1.5.
     * XOR (0110) fails for every w, so the answer is empty.
     *
     * <p>A faster first check (optional; it makes all 65,536 tables of 4 inputs take well under a
     * second): when xᵢ goes from 0 to 1, z changes by wᵢ whatever the other inputs are, so a
     * perceptron's output can only go up with xᵢ (wᵢ &gt; 0) or only down (wᵢ &lt; 0). If the table
     * goes up in xᵢ somewhere and down somewhere else, return empty at once; otherwise try only
     * weights of that sign (and wᵢ = 0 when the table ignores xᵢ).
     *
     * <p>Throw an {@link IllegalArgumentException} whose message mentions "4 inputs" when the table
     * has more than 4 inputs: the bound 3 is proven only up to there.
     */
    public static Optional<Perceptron> separatingPerceptron(TruthTable table) {
        throw Todo.exercise("2.9", "search integer weights -3..3 for a perceptron that computes the table", "-3..3의 정수 가중치를 탐색해 표를 계산하는 퍼셉트론을 찾으세요");
    }
}
