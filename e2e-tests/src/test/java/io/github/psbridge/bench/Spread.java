package io.github.psbridge.bench;

import java.util.List;
import java.util.Locale;

/**
 * The median and spread of a sample. Percentiles are nearest-rank, so with 20 loads p10 is
 * the 2nd smallest value and p90 the 18th.
 */
record Spread(int count, double median, double p10, double p90, double min, double max) {

    /** The spread of {@code values}; {@code values} must not be empty. */
    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Spread(sorted.size(), median(sorted), rank(sorted, 0.10),
                rank(sorted, 0.90), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** E.g. {@code 512 (480–560)}: median, then p10 to p90, with {@code decimals} digits. */
    String medianAndRange(int decimals) {
        return number(median, decimals) + " (" + number(p10, decimals) + "–"
                + number(p90, decimals) + ")";
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double rank(List<Double> sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
