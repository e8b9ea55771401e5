package dev.traverse.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * An amount written in Kubernetes quantity syntax: {@code 500m}, {@code 2}, {@code 1.5}, {@code 2Gi}, {@code 256Ki},
 * {@code 1e3}, {@code 10M}. The text is kept as written so that files round-trip unchanged; the value is exact.
 */
public record Quantity(String text, BigDecimal value) implements Comparable<Quantity> {

    /** The factors of the suffixes Kubernetes defines; built once, as a large file has thousands of quantities. */
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
            Map.entry("n", BigDecimal.ONE.scaleByPowerOfTen(-9)),
            Map.entry("u", BigDecimal.ONE.scaleByPowerOfTen(-6)),
            Map.entry("m", BigDecimal.ONE.scaleByPowerOfTen(-3)),
            Map.entry("k", BigDecimal.ONE.scaleByPowerOfTen(3)),
            Map.entry("M", BigDecimal.ONE.scaleByPowerOfTen(6)),
            Map.entry("G", BigDecimal.ONE.scaleByPowerOfTen(9)),
            Map.entry("T", BigDecimal.ONE.scaleByPowerOfTen(12)),
            Map.entry("P", BigDecimal.ONE.scaleByPowerOfTen(15)),
            Map.entry("E", BigDecimal.ONE.scaleByPowerOfTen(18)));

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
        return tryParse(text) != null;
    }

    /**
     * Parses a Kubernetes quantity.
     *
     * @throws IllegalArgumentException when the text is not a non-negative quantity
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        Quantity q = tryParse(text);
        if (q == null) {
            throw new IllegalArgumentException("not a quantity: \"" + text + "\"");
        }
        return q;
    }

    /**
     * The quantity, or null when the text is not one. Hand-written rather than a regular expression: large files hold
     * hundreds of thousands of quantities, read mostly before the JIT has warmed up.
     */
    public static Quantity tryParse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int i = 0;
        int digits = 0;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
            while (i < t.length() && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        String number = t.substring(0, i);
        BigDecimal multiplier = multiplier(t.substring(i));
        if (multiplier == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(number.startsWith(".") ? "0" + number : number);
        return new Quantity(t, multiplier == BigDecimal.ONE ? value : value.multiply(multiplier));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A quantity for a whole number, written plainly. */
    public static Quantity of(long amount) {
        return parse(Long.toString(amount));
    }

    /** The factor a suffix stands for, or null when it is not a quantity suffix. */
    private static BigDecimal multiplier(String suffix) {
        BigDecimal known = SUFFIXES.get(suffix);
        return known != null ? known : decimalExponent(suffix);
    }

    /** e3, E-2, e+6: a power of ten, with at most three digits (Kubernetes' own quantities stay far below). */
    private static BigDecimal decimalExponent(String suffix) {
        if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
            return null;
        }
        int i = 1;
        boolean negative = false;
        if (suffix.charAt(i) == '+' || suffix.charAt(i) == '-') {
            negative = suffix.charAt(i) == '-';
            i++;
        }
        if (i == suffix.length() || suffix.length() - i > 3) {
            return null;
        }
        int exponent = 0;
        for (; i < suffix.length(); i++) {
            if (!isDigit(suffix.charAt(i))) {
                return null;
            }
            exponent = exponent * 10 + (suffix.charAt(i) - '0');
        }
        return BigDecimal.ONE.scaleByPowerOfTen(negative ? -exponent : exponent);
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
