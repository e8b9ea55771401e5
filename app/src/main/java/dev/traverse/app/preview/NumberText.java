package dev.traverse.app.preview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the preview shows them: thousands grouped with commas ({@code 3,230}), a fixed number of decimals,
 * the same on every machine whatever its locale. Any thread.
 */
final class NumberText {

    private NumberText() {
    }

    /** A count with grouping: {@code 3,230}. */
    static String count(long value) {
        return format(value, 0);
    }

    /** {@code value} with {@code decimals} decimals and grouping: {@code 1,204.50}. */
    static String decimal(double value, int decimals) {
        return format(value, decimals);
    }

    /** {@code value} with a sign: {@code +0.42}, {@code −1.30} (a true minus sign), {@code 0.00}. */
    static String signed(double value, int decimals) {
        double rounded = round(value, decimals);
        String text = format(Math.abs(rounded), decimals);
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text;
    }

    /** {@code value} rounded half up to {@code decimals} decimals. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static String format(double value, int decimals) {
        // DecimalFormat is not thread-safe: a new one per call is cheap next to what the preview does around it.
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
