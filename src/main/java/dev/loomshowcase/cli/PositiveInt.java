package dev.loomshowcase.cli;

import picocli.CommandLine;

/** Converts an option value to an int of at least 1, with a message that says so. */
final class PositiveInt implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new CommandLine.TypeConversionException(n + " is below 1");
        }
        return n;
    }
}
