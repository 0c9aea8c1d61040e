package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.loomshowcase.scenes.server.ServerJudge.nested;
import static dev.loomshowcase.scenes.server.ServerJudge.number;

/**
 * The {@code server} scenario's sentences about CPU: each process's CPU per request, which process
 * filled the cores when they were full, and which downstream client cost the server less. Each
 * sentence carries the numbers that make it true and is printed only when they do.
 */
final class ServerNotes {

    /** Two clients' CPU per request count as different beyond this ratio (one cell each, shared cores). */
    private static final double CLEARLY_CHEAPER = Bands.CLEARLY_APART;

    private ServerNotes() {
    }

    /** "CPU per request: server 1.2 ms, stubs 0.9 ms, load 0.2 ms; in flight (server's count) mean 98, max 100". */
    static String perRequest(CellResult cell) {
        Map<String, Object> e = cell.extras();
        return String.format(Locale.ROOT, "%s: CPU per request: server %.2f ms, stubs %s, load %.2f ms (%s client); "
                        + "in flight as the server counted: mean %.0f, max %.0f; windows %s req/s",
                cell.label(), nested(e, "cpuMsPerRequest", "server"), stubs(e), nested(e, "cpuMsPerRequest", "load"),
                e.get("client"), nested(e, "inFlight", "mean"), nested(e, "inFlight", "max"), windows(e));
    }

    private static String stubs(Map<String, Object> e) {
        double stubs = nested(e, "cpuMsPerRequest", "stubs");
        return Double.isNaN(stubs) ? "unknown (their process was not found)" : String.format(Locale.ROOT, "%.2f ms", stubs);
    }

    private static String windows(Map<String, Object> e) {
        if (!(e.get("windows") instanceof List<?> windows)) {
            return "?";
        }
        return String.join(" / ", windows.stream()
                .map(w -> w instanceof Map<?, ?> m && m.get("throughput") instanceof Number n
                        ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "?")
                .toList());
    }

    /** When the machine's cores were full: each process's share, the largest named first. */
    static Optional<String> whoFilledTheCpu(CellResult cell) {
        Map<String, Object> e = cell.extras();
        double machine = number(e, "machineCpuBusy");
        if (!(machine >= Bands.CPU_FULL)) {
            return Optional.empty();
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String process : List.of("server", "stubs", "load")) {
            double share = nested(e, "cpuBusy", process);
            if (!Double.isNaN(share)) {
                shares.put(process, share);
            }
        }
        double ours = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        shares.put("other programs", Math.max(0, machine - ours));
        var top = shares.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow();
        StringBuilder parts = new StringBuilder();
        shares.forEach((process, share) -> parts.append(parts.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.0f%%", process, 100 * share)));
        return Optional.of(String.format(Locale.ROOT, "%s: the CPU was full (%.0f%% of the cores busy): %s; "
                + "the %s used the most", cell.label(), 100 * machine, parts, top.getKey()));
    }

    /** The server's CPU per request with each downstream client, at the level where both were measured. */
    static Optional<String> clientComparison(List<CellResult> cells) {
        Optional<CellResult> other = cells.stream().filter(c -> c.extras().get("case") instanceof String).findFirst();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        Optional<CellResult> main = cells.stream()
                .filter(c -> c.model().equals(other.get().model()) && !(c.extras().get("case") instanceof String)
                        && number(c.extras(), "concurrency") == number(other.get().extras(), "concurrency"))
                .findFirst();
        return main.map(m -> compare(m, other.get()));
    }

    private static String compare(CellResult a, CellResult b) {
        double ca = nested(a.extras(), "cpuMsPerRequest", "server");
        double cb = nested(b.extras(), "cpuMsPerRequest", "server");
        String clientA = String.valueOf(a.extras().get("client"));
        String clientB = String.valueOf(b.extras().get("client"));
        String figures = String.format(Locale.ROOT, "server CPU per request at c=%.0f: %s client %.2f ms, %s client %.2f ms",
                number(a.extras(), "concurrency"), clientA, ca, clientB, cb);
        if (Double.isNaN(ca) || Double.isNaN(cb)) {
            return figures + ": not measured for both";
        }
        double ratio = Math.max(ca, cb) / Math.min(ca, cb);
        if (ratio < CLEARLY_CHEAPER) {
            return figures + String.format(Locale.ROOT, ": within %.0f%% of each other, too close to call on shared cores",
                    100 * (CLEARLY_CHEAPER - 1));
        }
        return figures + String.format(Locale.ROOT, ": the %s client costs %.2fx less", ca < cb ? clientA : clientB, ratio);
    }

    /**
     * Virtual threads against reactive code at each level where both answered: throughput, p99, server
     * CPU per request and peak resident memory per request in flight.
     */
    static List<String> virtualVersusReactive(List<CellResult> cells) {
        List<String> lines = new java.util.ArrayList<>();
        for (CellResult virtual : cells) {
            if (virtual.model() != dev.loomshowcase.engine.ThreadModel.VIRTUAL || virtual.extras().get("case") instanceof String) {
                continue;
            }
            Map<String, Object> v = virtual.extras();
            cells.stream().filter(c -> c.model() == dev.loomshowcase.engine.ThreadModel.REACTIVE
                            && number(c.extras(), "concurrency") == number(v, "concurrency")).findFirst()
                    .ifPresent(reactive -> {
                        Map<String, Object> r = reactive.extras();
                        lines.add(String.format(Locale.ROOT, "virtual threads vs reactive (Vert.x) at c=%.0f: %.0f vs %.0f req/s, "
                                        + "p99 %.0f vs %.0f ms, server CPU %.2f vs %.2f ms per request, peak RSS %.0f vs %.0f MB "
                                        + "(%.0f vs %.0f KB per request in flight), %.0f vs %.0f OS threads",
                                number(v, "concurrency"), number(v, "throughput"), number(r, "throughput"),
                                nested(v, "latencyMs", "p99"), nested(r, "latencyMs", "p99"),
                                nested(v, "cpuMsPerRequest", "server"), nested(r, "cpuMsPerRequest", "server"),
                                mb(v), mb(r), kbPerInFlight(v), kbPerInFlight(r),
                                number(v, "serverOsThreads"), number(r, "serverOsThreads")));
                    });
        }
        return lines;
    }

    /**
     * What one more request in flight costs each rival in resident memory: the peak RSS between its lowest
     * and highest level over the requests in flight between them, where two levels were measured.
     */
    static List<String> memoryPerRequestInFlight(List<CellResult> cells) {
        Map<dev.loomshowcase.engine.ThreadModel, List<CellResult>> byModel = new java.util.LinkedHashMap<>();
        cells.stream().filter(c -> !(c.extras().get("case") instanceof String) && c.extras().get("serverRssBytes") instanceof Number)
                .forEach(c -> byModel.computeIfAbsent(c.model(), m -> new java.util.ArrayList<>()).add(c));
        List<String> parts = new java.util.ArrayList<>();
        byModel.forEach((model, list) -> {
            if (list.size() < 2) {
                return;
            }
            var sorted = list.stream().sorted(Comparator.comparingDouble(c -> number(c.extras(), "concurrency"))).toList();
            Map<String, Object> low = sorted.getFirst().extras();
            Map<String, Object> high = sorted.getLast().extras();
            double requests = nested(high, "inFlight", "max") - nested(low, "inFlight", "max");
            double bytes = number(high, "serverRssBytes") - number(low, "serverRssBytes");
            if (requests > 0) {
                parts.add(String.format(Locale.ROOT, "%s %.0f KB (%.0f -> %.0f MB, %.0f -> %.0f OS threads)", model.id(),
                        bytes / 1024 / requests, number(low, "serverRssBytes") / (1 << 20), number(high, "serverRssBytes") / (1 << 20),
                        number(low, "serverOsThreads"), number(high, "serverOsThreads")));
            }
        });
        return parts.isEmpty() ? List.of() : List.of("Peak resident memory per extra request in flight, from the lowest to the "
                + "highest level (one run each, GC timing included): " + String.join("; ", parts));
    }

    private static double mb(Map<String, Object> e) {
        return number(e, "serverRssBytes") / (1 << 20);
    }

    private static double kbPerInFlight(Map<String, Object> e) {
        return number(e, "serverRssBytes") / 1024 / nested(e, "inFlight", "max");
    }
}
