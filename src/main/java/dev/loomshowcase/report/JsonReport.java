package dev.loomshowcase.report;

import dev.loomshowcase.engine.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes any result document as indented JSON, creating parent directories as needed. */
public final class JsonReport {

    private JsonReport() {
    }

    public static void write(Object document, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Json.mapper().writeValue(file.toFile(), document);
    }
}
