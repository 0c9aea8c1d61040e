package dev.loomshowcase.stubs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StubMappingsTest {

    @Test
    void readsTheDelayAMappingPromises() {
        StubMappings mappings = StubMappings.located();
        assertEquals(Duration.ofMillis(1000), mappings.fixedDelay("posts"));
        assertEquals(Duration.ofMillis(300), mappings.fixedDelay("replica-2"));
        assertEquals(Duration.ofMillis(100), mappings.fixedDelay("comments-reset"), "a fault's delay too");
    }

    @Test
    void aChangedMappingChangesTheDelayRead(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/slow.json"),
                "{\"request\": {\"urlPath\": \"/slow\"}, \"response\": {\"status\": 200, \"fixedDelayMilliseconds\": 2500}}");
        assertEquals(Duration.ofMillis(2500), StubMappings.in(dir).fixedDelay("slow"));
    }

    @Test
    void aMissingMappingOrDelayIsOneClearError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/instant.json"), "{\"response\": {\"status\": 200}}");
        var missing = assertThrows(IllegalStateException.class, () -> StubMappings.in(dir).fixedDelay("nope"));
        assertTrue(missing.getMessage().startsWith("cannot read stub mapping " + dir.resolve("mappings/nope.json")),
                missing.getMessage());
        var noDelay = assertThrows(IllegalStateException.class, () -> StubMappings.in(dir).fixedDelay("instant"));
        assertTrue(noDelay.getMessage().endsWith("has no response.fixedDelayMilliseconds"), noDelay.getMessage());
    }
}
