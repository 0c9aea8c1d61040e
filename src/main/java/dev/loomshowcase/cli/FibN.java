package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.calculateall.Fibonacci;
import picocli.CommandLine;

/** Converts {@code --n} to an int within 1..{@link Fibonacci#MAX_N}: beyond it, recursive fib runs for hours. */
final class FibN implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n = new PositiveInt().convert(value);
        if (n > Fibonacci.MAX_N) {
            throw new CommandLine.TypeConversionException(n + " is above " + Fibonacci.MAX_N
                    + " (recursive fib(" + n + ") would run for hours; ~42 takes about a second)");
        }
        return n;
    }
}
