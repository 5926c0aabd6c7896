package backprop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import toolkit.Todo;

/**
 * Exercises 5.7 and 5.8: a scalar automatic-differentiation engine (자동 미분), in the style of
 * micrograd. A Value holds a number ({@code data}), the gradient of the final result with respect
 * to it ({@code grad}), the values it was computed from ({@code children}) and a small function,
 * {@code chainRule}, that pushes its gradient back into its children's. Every operation builds its
 * output and, right beside it, that function. Replace each {@code throw Todo...} line with your code.
 */
public final class Value {
    private double data;
    private double grad;
    private final Value[] children; // the values this one was computed from; none for a leaf
    private final String op;        // how it was computed: "+", "×", "^2", "exp", "tanh", "relu"; "" for a leaf
    private String label = "";      // a name for pictures: "price"
    private Runnable chainRule = () -> { }; // adds this value's share of the gradient into its children's grad

    Value(double data, String op, Value... children) {
        for (Value c : children) {
            if (c == null) throw new IllegalArgumentException("a value cannot be computed from null");
        }
        this.data = data;
        this.op = op;
        this.children = children.clone();
    }

    /** A leaf: a number that was not computed from other values (an input or a parameter). */
    public static Value of(double data) {
        return new Value(data, "");
    }

    /** A leaf with a name, for pictures of the graph. */
    public static Value of(double data, String label) {
        return of(data).label(label);
    }

    // ---- Exercise 5.7 · the operations, each with its chain rule ----

    /**
     * Exercise 5.7 · Addition.
     *
     * <p>out = this + other. Set {@code out.chainRule} to a function that adds out.grad to the
     * grad of both inputs (the add node passes the gradient on unchanged):
     * <pre>{@code
     *     Value out = new Value(data + other.data, "+", this, other);
     *     out.chainRule = () -> { this.grad += out.grad; other.grad += out.grad; };
     *     return out;
     * }</pre>
     * Use {@code +=}, never {@code =}: a value used twice (a.plus(a)) must receive both shares.
     * Read out.grad inside the function, when it runs, not when the operation is built.
     */
    public Value plus(Value other) {
        throw Todo.exercise("5.7", "build out = this + other and its chainRule", "out = this + other와 그 chainRule을 만드세요");
    }

    /**
     * Exercise 5.7 · Multiplication.
     *
     * <p>out = this · other (op "×"). Its chain rule swaps the inputs: this.grad += other.data ·
     * out.grad and other.grad += this.data · out.grad. For a.times(a) the two lines add up to
     * 2a · out.grad, the derivative of a².
     */
    public Value times(Value other) {
        throw Todo.exercise("5.7", "build out = this * other and its chainRule (the inputs swap)", "out = this * other와 그 chainRule을 만드세요 (입력이 서로 바뀝니다)");
    }

    /**
     * Exercise 5.7 · A power with a constant exponent.
     *
     * <p>out = this^p (op "^" followed by p, for example "^2"; use Math.pow). d(xᵖ)/dx = p·xᵖ⁻¹,
     * so this.grad += p · data^(p−1) · out.grad. Example: x = 3, p = 2: out = 9, and with
     * out.grad = 1 the chain rule adds 6 to x.grad.
     */
    public Value pow(double p) {
        throw Todo.exercise("5.7", "build out = this^p and its chainRule", "out = this^p와 그 chainRule을 만드세요");
    }

    /**
     * Exercise 5.7 · The exponential.
     *
     * <p>out = eˣ (op "exp"). (eˣ)' = eˣ, which is out.data: this.grad += out.data · out.grad.
     */
    public Value exp() {
        throw Todo.exercise("5.7", "build out = e^this and its chainRule", "out = e^this와 그 chainRule을 만드세요");
    }

    /**
     * Exercise 5.7 · tanh.
     *
     * <p>out = tanh(x) (op "tanh"). tanh'(x) = 1 − tanh²(x), a function of the output:
     * this.grad += (1 − out.data²) · out.grad.
     */
    public Value tanh() {
        throw Todo.exercise("5.7", "build out = tanh(this) and its chainRule", "out = tanh(this)와 그 chainRule을 만드세요");
    }

    /**
     * Exercise 5.7 · ReLU.
     *
     * <p>out = max(0, x) (op "relu"). The gradient passes where x &gt; 0 and is 0 where x ≤ 0:
     * this.grad += (data &gt; 0 ? out.grad : 0).
     */
    public Value relu() {
        throw Todo.exercise("5.7", "build out = max(0, this) and its chainRule", "out = max(0, this)와 그 chainRule을 만드세요");
    }

    // ---- built from the operations above ----

    public Value plus(double c) {
        return plus(of(c));
    }

    public Value times(double c) {
        return times(of(c));
    }

    /** −this, as this · (−1). */
    public Value neg() {
        return times(-1);
    }

    /** this − other, as this + (−other). */
    public Value minus(Value other) {
        return plus(other.neg());
    }

    /** this / other, as this · other⁻¹. */
    public Value div(Value other) {
        return times(other.pow(-1));
    }

    // ---- Exercise 5.8 · backward through the whole graph ----

    /**
     * Exercise 5.8 · The topological order (위상 정렬).
     *
     * <p>Every value this one depends on, and this one, each exactly once, ordered so that each
     * value comes after all of its children (the values it was computed from); this value is last.
     * Example: for d = (a·b) + a the order is a, b, a·b, d (or b, a, a·b, d).
     *
     * <p>Walk the graph with an explicit stack ({@code ArrayDeque}), not with a method that calls
     * itself: a chain of 100,000 values would overflow the call stack. One way: push this value;
     * while the stack is not empty, look at the top value; the first time you see it, push its
     * children that you have not seen yet; the second time (its children are all done), pop it
     * and append it to the order, unless it is already there.
     */
    public List<Value> topologicalOrder() {
        throw Todo.exercise("5.8", "list every value once, children before parents, with an explicit stack", "명시적 스택으로, 자식을 부모보다 먼저 두어 모든 값을 한 번씩 나열하세요");
    }

    /**
     * Exercise 5.8 · Backpropagation (역전파) through the graph.
     *
     * <p>Fill in the grad of every value in the graph with ∂(this)/∂(that value):
     * <ol>
     *   <li>take the {@link #topologicalOrder()};</li>
     *   <li>set the grad of every computed value in it (every value that is not a leaf) to 0;</li>
     *   <li>set this value's grad to 1 (∂this/∂this = 1);</li>
     *   <li>run the chain rule of each value in REVERSE topological order, so a value passes its
     *       gradient on only after everything that uses it has added its share.</li>
     * </ol>
     * Leaves keep what they had: calling backward twice adds the same gradient to every leaf a
     * second time (the leaves end with twice the gradient). Call {@link #zeroGrad()} between
     * training steps. Example: for d = (a·b) + a with a = 2, b = 3, backward gives a.grad = 4
     * (b + 1) and b.grad = 2.
     */
    public void backward() {
        throw Todo.exercise("5.8", "zero the inner grads, set grad = 1, run each chainRule in reverse topological order", "내부 값의 grad를 0으로, 이 값의 grad를 1로 두고, 위상 정렬의 역순으로 각 chainRule을 실행하세요");
    }

    /** Sets the grad of every value in the graph, leaves included, to 0. */
    public void zeroGrad() {
        for (Value v : topologicalOrder()) v.grad = 0;
    }

    // ---- what a value is ----

    public double data() {
        return data;
    }

    public double grad() {
        return grad;
    }

    /** Changes a leaf's number (a parameter between training steps); build the graph anew afterwards. */
    public void setData(double data) {
        if (!isLeaf()) throw new IllegalStateException("only a leaf can be set: this value is computed by " + op);
        this.data = data;
    }

    /** "+", "×", "^2", "exp", "tanh", "relu", or "" for a leaf. */
    public String op() {
        return op;
    }

    public String label() {
        return label;
    }

    /** Names this value (for pictures of the graph) and returns it. */
    public Value label(String label) {
        this.label = label == null ? "" : label;
        return this;
    }

    /** The values this one was computed from, in order. */
    public List<Value> children() {
        return List.of(children);
    }

    public boolean isLeaf() {
        return children.length == 0;
    }

    /** For the tests: set this value's grad directly. */
    void setGrad(double grad) {
        this.grad = grad;
    }

    /** For the tests: run this value's chain rule once. */
    void applyChainRule() {
        chainRule.run();
    }

    static String number(double p) {
        return p == Math.rint(p) && Math.abs(p) < 1e9 ? Long.toString((long) p) : Double.toString(p);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Value(%sdata=%.6g, grad=%.6g%s)", label.isEmpty() ? "" : label + ": ", data, grad,
                op.isEmpty() ? "" : ", " + op + " of " + Arrays.stream(children).map(c -> c.label.isEmpty()
                        ? String.format(Locale.ROOT, "%.4g", c.data) : c.label).toList());
    }
}
