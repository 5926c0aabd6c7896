package toolkit;

import java.util.Arrays;

/**
 * A small labelled dataset: one sample per row of {@code inputs}, its class in {@code labels}
 * (0 or 1 for a perceptron, 0..9 for digits). Checked on construction and copied, so no caller
 * can change it afterwards.
 *
 * @param name   what the data is, for titles: "AND"
 * @param inputs (samples × features)
 * @param labels one class per sample, each at least 0
 */
public record LabeledData(String name, double[][] inputs, int[] labels) {

    public LabeledData {
        Checks.notNull(name, "name");
        Checks.notNull(inputs, "inputs");
        Checks.notNull(labels, "labels");
        if (inputs.length == 0) throw new IllegalArgumentException(name + ": a dataset needs at least one sample");
        if (inputs.length != labels.length) {
            throw new IllegalArgumentException(name + ": " + inputs.length + " samples but " + labels.length
                    + " labels: one label per sample");
        }
        int features = inputs[0] == null ? -1 : inputs[0].length;
        double[][] copy = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null || inputs[i].length != features) {
                throw new IllegalArgumentException(name + ": sample " + i + " has "
                        + (inputs[i] == null ? "no values" : inputs[i].length + " features") + " but sample 0 has "
                        + features + ": every sample needs the same number of features");
            }
            for (int j = 0; j < features; j++) {
                if (!Double.isFinite(inputs[i][j])) {
                    throw new IllegalArgumentException(name + ": sample " + i + ", feature " + j + " is " + inputs[i][j]
                            + ": inputs must be finite numbers");
                }
            }
            if (labels[i] < 0) throw new IllegalArgumentException(name + ": label " + i + " is " + labels[i] + ": labels are 0, 1, 2, ...");
            copy[i] = inputs[i].clone();
        }
        inputs = copy;
        labels = labels.clone();
    }

    public int size() {
        return labels.length;
    }

    public int features() {
        return inputs[0].length;
    }

    /** Sample i's features (a copy). */
    public double[] input(int i) {
        return inputs[i].clone();
    }

    public int label(int i) {
        return labels[i];
    }

    /** All inputs (a copy). */
    @Override
    public double[][] inputs() {
        double[][] copy = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) copy[i] = inputs[i].clone();
        return copy;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabeledData d && name.equals(d.name) && Arrays.deepEquals(inputs, d.inputs)
                && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(inputs) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " samples × " + features() + " features)";
    }
}
