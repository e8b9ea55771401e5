package dev.traverse.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the improvement pass's step limit: a whole number of at least 0. */
final class StepLimitConverter implements ITypeConverter<Long> {

    static final String EXPECTED = "expected a whole number of steps of at least 0";

    @Override
    public Long convert(String value) {
        try {
            long steps = Long.parseLong(value.strip());
            if (steps >= 0) {
                return steps;
            }
        } catch (NumberFormatException e) {
            // refused below, with the expected form
        }
        throw new TypeConversionException(EXPECTED + ", got \"" + value + "\"");
    }
}
