package dev.traverse.app.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration as people write it on a command line: {@code 200ms}, {@code 1s}, {@code 1.5s}, or {@code 0}.
 * A bare number other than 0 is refused: it would be unclear whether it means seconds or milliseconds.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    static final String EXPECTED = "expected a duration such as 200ms, 1.5s or 0";

    private static final Pattern FORM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String text = value.strip();
        if (text.matches("0+(\\.0+)?")) {
            return Duration.ZERO;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new TypeConversionException(EXPECTED + ", got \"" + value + "\"");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        BigDecimal nanos = amount.movePointRight(m.group(2).equals("ms") ? 6 : 9);
        try {
            return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new TypeConversionException(EXPECTED + ", got \"" + value + "\", which is too long");
        }
    }
}
