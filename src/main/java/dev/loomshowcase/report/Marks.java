package dev.loomshowcase.report;

import dev.loomshowcase.scenario.SeedPrediction;

import java.nio.charset.Charset;

/** The check and cross marks, with ASCII stand-ins for terminals that cannot print them. */
final class Marks {

    static final String CHECK = "✔";
    static final String CROSS = "✘";

    private Marks() {
    }

    /** The seed's prediction as the seed prints it, e.g. "✔ Much faster". */
    static String seed(SeedPrediction prediction) {
        return (prediction.helps() ? CHECK : CROSS) + " " + prediction.words();
    }

    /** The mark as the given charset can print it: the symbol, else {@code +} or {@code x}. */
    static String printable(String mark, Charset charset) {
        if (charset.newEncoder().canEncode(mark)) {
            return mark;
        }
        return switch (mark) {
            case CHECK -> "+";
            case CROSS -> "x";
            default -> "?";
        };
    }

    /** The charset of this JVM's standard output. */
    static Charset stdout() {
        String name = System.getProperty("stdout.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
