package dev.loomshowcase.scenes.structured;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines of code the fail-fast-async case reports are the lines of the variants as written. */
class FailFastVariantsTest {

    @Test
    void reportedLinesMatchTheSource() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/java/dev/loomshowcase/scenes/structured/FailFastVariants.java"));
        Map<String, Integer> counted = new TreeMap<>();
        for (String name : FailFastVariants.LINES.keySet()) {
            int signature = -1;
            for (int i = 0; i < lines.size() && signature < 0; i++) {
                if (lines.get(i).startsWith("    static List<String> " + name + "(")) {
                    signature = i;
                }
            }
            int open = signature;
            while (!lines.get(open).endsWith("{")) {
                open++;
            }
            int close = open + 1;
            while (!lines.get(close).equals("    }")) {
                close++;
            }
            counted.put(name, (int) lines.subList(open + 1, close).stream().filter(l -> !l.isBlank()).count());
        }
        assertEquals(new TreeMap<>(FailFastVariants.LINES), counted);
    }
}
