package dev.loomshowcase.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Claim.Op;
import dev.loomshowcase.engine.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Re-checks a report's claims from its own numbers: every object with a {@code text} and an
 * {@code evidence} list, wherever it sits, has each comparison re-read through its JSON Pointers
 * ({@code at}, or {@code ratio} = a / b) and tested against its {@code bound}.
 */
public final class ClaimCheck {

    /** The outcome: how many claims were read, and each that does not hold, with its numbers. */
    public record Result(int claims, List<String> failures) {
        public boolean allHold() {
            return failures.isEmpty();
        }
    }

    private ClaimCheck() {
    }

    public static Result check(Path report) throws IOException {
        return check(Json.mapper().readTree(report.toFile()));
    }

    public static Result check(JsonNode root) {
        List<JsonNode> claims = new ArrayList<>();
        collect(root, claims);
        List<String> failures = new ArrayList<>();
        for (JsonNode claim : claims) {
            List<String> broken = new ArrayList<>();
            if (claim.get("evidence").isEmpty()) {
                broken.add("no evidence");
            }
            claim.get("evidence").forEach(e -> problem(root, e).ifPresent(broken::add));
            if (!broken.isEmpty()) {
                failures.add("'" + claim.get("text").asText() + "': " + String.join("; ", broken));
            }
        }
        return new Result(claims.size(), failures);
    }

    private static void collect(JsonNode node, List<JsonNode> claims) {
        if (node.isObject()) {
            if (node.path("text").isTextual() && node.path("evidence").isArray()) {
                claims.add(node);
            }
            node.elements().forEachRemaining(child -> collect(child, claims));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, claims));
        }
    }

    /** What is wrong with one comparison, if anything. */
    private static java.util.Optional<String> problem(JsonNode root, JsonNode e) {
        String name = e.path("name").asText("?");
        try {
            double value;
            String where;
            if (e.hasNonNull("at")) {
                value = number(root, e.get("at").asText());
                where = e.get("at").asText();
            } else if (e.path("ratio").isArray() && e.get("ratio").size() == 2) {
                String a = e.get("ratio").get(0).asText();
                String b = e.get("ratio").get(1).asText();
                value = number(root, a) / number(root, b);
                where = a + " / " + b;
            } else {
                return java.util.Optional.of(name + ": neither 'at' nor 'ratio'");
            }
            Op op = Op.of(e.path("op").asText());
            double bound = e.path("bound").asDouble(Double.NaN);
            String figures = String.format(Locale.ROOT, "%s = %.4g (%s) %s %s", name, value, where, op.symbol(), bound);
            if (!op.test(value, bound)) {
                return java.util.Optional.of(figures + " does not hold");
            }
            if (e.has("value") && Math.abs(e.get("value").asDouble() - value) > 0.01 * Math.abs(value) + 0.01) {
                return java.util.Optional.of(figures + ", but the claim states " + e.get("value").asDouble());
            }
            return java.util.Optional.empty();
        } catch (IllegalArgumentException ex) {
            return java.util.Optional.of(name + ": " + ex.getMessage());
        }
    }

    /** The number a JSON Pointer names. */
    static double number(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isNumber()) {
            throw new IllegalArgumentException(pointer + " is not a number in this report");
        }
        return node.asDouble();
    }
}
