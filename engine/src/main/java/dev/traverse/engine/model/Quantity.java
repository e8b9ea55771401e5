package dev.traverse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount written in Kubernetes quantity syntax: {@code 500m}, {@code 2}, {@code 1.5}, {@code 2Gi}, {@code 256Ki},
 * {@code 1e3}, {@code 10M}. The text is kept as written so that files round-trip unchanged; the value is exact.
 */
public record Quantity(String text, BigDecimal value) implements Comparable<Quantity> {

    private static final Pattern SYNTAX =
            Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

    public static final Quantity ZERO = parse("0");

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + text);
        }
    }

    /** True when the text is a quantity Traverse accepts (non-negative, Kubernetes syntax). */
    public static boolean isValid(String text) {
        return text != null && SYNTAX.matcher(text.trim()).matches();
    }

    /**
     * Parses a Kubernetes quantity.
     *
     * @throws IllegalArgumentException when the text is not a non-negative quantity
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        Matcher m = SYNTAX.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity: \"" + text + "\"");
        }
        BigDecimal number = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
        String suffix = m.group(2) == null ? "" : m.group(2);
        return new Quantity(trimmed, number.multiply(multiplier(suffix)));
    }

    /** A quantity for a whole number, written plainly. */
    public static Quantity of(long amount) {
        return parse(Long.toString(amount));
    }

    private static BigDecimal multiplier(String suffix) {
        switch (suffix) {
            case "": return BigDecimal.ONE;
            case "Ki": return BigDecimal.valueOf(1L << 10);
            case "Mi": return BigDecimal.valueOf(1L << 20);
            case "Gi": return BigDecimal.valueOf(1L << 30);
            case "Ti": return BigDecimal.valueOf(1L << 40);
            case "Pi": return BigDecimal.valueOf(1L << 50);
            case "Ei": return BigDecimal.valueOf(1L << 60);
            case "n": return BigDecimal.ONE.scaleByPowerOfTen(-9);
            case "u": return BigDecimal.ONE.scaleByPowerOfTen(-6);
            case "m": return BigDecimal.ONE.scaleByPowerOfTen(-3);
            case "k": return BigDecimal.ONE.scaleByPowerOfTen(3);
            case "M": return BigDecimal.ONE.scaleByPowerOfTen(6);
            case "G": return BigDecimal.ONE.scaleByPowerOfTen(9);
            case "T": return BigDecimal.ONE.scaleByPowerOfTen(12);
            case "P": return BigDecimal.ONE.scaleByPowerOfTen(15);
            case "E": return BigDecimal.ONE.scaleByPowerOfTen(18);
            default:
                // decimal exponent: e3, E-2, e+6
                return BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1).replace("+", "")));
        }
    }

    /** The value in thousandths, rounded up as Kubernetes does (cpu "1.0005" is 1001m). Saturates at Long.MAX_VALUE. */
    public long milliValue() {
        return saturatingLong(value.movePointRight(3).setScale(0, RoundingMode.CEILING));
    }

    /** The value as a whole number, rounded up. Saturates at Long.MAX_VALUE. */
    public long longValue() {
        return saturatingLong(value.setScale(0, RoundingMode.CEILING));
    }

    private static long saturatingLong(BigDecimal whole) {
        return whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : whole.longValueExact();
    }

    /** True when the text is a plain decimal number, such as {@code 8} or {@code 0.5}, with no suffix. */
    public boolean isPlainNumber() {
        return text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    /** Equal when written the same way; use {@link #compareTo} to compare amounts. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && q.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
