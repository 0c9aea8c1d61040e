package dev.loomshowcase.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the stub mappings promise, read from the mappings themselves ({@code stub-services/mappings/*.json}):
 * code that must know a downstream's delay (to calibrate work against it, or to tell "ended at the
 * failure" from "waited for the slowest sibling") reads it here instead of restating the number.
 */
public final class StubMappings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path mappings;

    private StubMappings(Path mappings) {
        this.mappings = mappings;
    }

    /** The mappings of a stub directory (the folder that holds {@code mappings/} and {@code __files/}). */
    public static StubMappings in(Path stubDirectory) {
        return new StubMappings(stubDirectory.resolve("mappings"));
    }

    /** The mappings of the stub directory this run uses ({@link StubDirectory#locate()}). */
    public static StubMappings located() {
        return in(StubDirectory.locate());
    }

    /**
     * The {@code response.fixedDelayMilliseconds} of one mapping, as written (no run's delay scale applied).
     *
     * @param mapping the mapping's file name without {@code .json}, e.g. {@code posts} or {@code replica-2}
     * @throws IllegalStateException when the mapping cannot be read or promises no fixed delay
     */
    public Duration fixedDelay(String mapping) {
        Path file = mappings.resolve(mapping + ".json");
        JsonNode delay;
        try {
            delay = JSON.readTree(Files.readString(file)).path("response").path("fixedDelayMilliseconds");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read stub mapping " + file + ": " + e.getMessage(), e);
        }
        if (!delay.canConvertToLong()) {
            throw new IllegalStateException("stub mapping " + file + " has no response.fixedDelayMilliseconds");
        }
        return Duration.ofMillis(delay.asLong());
    }
}
