package dev.loomshowcase.stubs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The stubs as a child process of a measurement, so that their CPU is their own: started with the
 * stub directory and a delay scale, it prints {@code stubs listening on URL} and serves until its
 * standard input closes, which happens when the process that started it ends, however it ends.
 */
public final class StubProcessMain {

    public static final String LISTENING = "stubs listening on ";

    private StubProcessMain() {
    }

    /** Arguments: the stub directory, the delay scale. */
    public static void main(String[] args) throws IOException {
        try (StubServer stubs = StubServer.start(Path.of(args[0]), 0, Double.parseDouble(args[1]), false)) {
            System.out.println(LISTENING + stubs.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing to read; the end of the input is the signal to stop
            }
        }
    }
}
