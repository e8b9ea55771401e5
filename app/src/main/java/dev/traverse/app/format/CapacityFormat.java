package dev.traverse.app.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Totals for people: {@code 236 cores}, {@code 12.5 cores}, {@code 1.2 TiB}. */
public final class CapacityFormat {

    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private CapacityFormat() {
    }

    public static String cores(long millis) {
        BigDecimal cores = BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String number = cores.scale() < 0 ? cores.setScale(0).toPlainString() : cores.toPlainString();
        return number + (cores.compareTo(BigDecimal.ONE) == 0 ? " core" : " cores");
    }

    public static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(value < 10 && unit > 0 ? 1 : 0, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String number = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        return number + " " + BINARY_UNITS[unit];
    }
}
