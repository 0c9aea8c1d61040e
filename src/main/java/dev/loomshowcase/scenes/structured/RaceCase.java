package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.stream.IntStream;

/**
 * Race: the same quote asked of three replicas (900, 300 and 600 ms). With
 * {@code Joiner.anySuccessfulResultOrThrow()} the first success wins and the scope cancels the
 * losers, so the answer takes about the fastest replica's time.
 */
public record RaceCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    private static final List<Integer> REPLICAS = List.of(1, 2, 3);
    private static final int FASTEST = 2;

    @Override
    public String name() {
        return "race";
    }

    @Override
    public CaseOutcome run() throws InterruptedException {
        SiblingLog log = new SiblingLog(System.nanoTime());
        List<Subtask<String>> subtasks;
        String quote;
        long wonAt;
        try (var scope = StructuredTaskScope.open(Joiner.<String>anySuccessfulResultOrThrow())) {
            subtasks = REPLICAS.stream()
                    .map(r -> scope.fork(() -> log.watch("replica-" + r, () -> downstream.get("/replicas/" + r + "/quote"))))
                    .toList();
            quote = scope.join();
            wonAt = log.millisSinceStart();
        }
        long closedAt = log.millisSinceStart();
        return judge(log, quote, wonAt, closedAt, subtasks);
    }

    private CaseOutcome judge(SiblingLog log, String quote, long wonAt, long closedAt, List<Subtask<String>> subtasks) {
        long fastest = delays.replica(FASTEST).toMillis();
        long runnerUp = delays.replica(3).toMillis();
        boolean fastestWon = quote.contains("\"replica\": " + FASTEST);
        boolean losersAbandoned = REPLICAS.stream().filter(r -> r != FASTEST).allMatch(r -> log.abandoned("replica-" + r));
        long alive = log.aliveThreads();
        long slowest = delays.replica(1).toMillis();
        boolean held = fastestWon && losersAbandoned && closedAt < slowest && alive == 0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("wonAtMs", wonAt);
        details.put("closedAtMs", closedAt);
        details.put("replicaMs", REPLICAS.stream().map(r -> delays.replica(r).toMillis()).toList());
        details.put("winner", quote.strip());
        details.put("states", IntStream.range(0, REPLICAS.size()).boxed()
                .collect(java.util.stream.Collectors.toMap(i -> "replica-" + REPLICAS.get(i),
                        i -> subtasks.get(i).state().name())));
        details.put("siblings", log.asDetails());
        details.put("threadsAliveAfterClose", alive);
        String summary = String.format(Locale.ROOT,
                "won at %d ms by %s (fastest replica %d ms, next %d ms); losers %s; closed at %d ms",
                wonAt, fastestWon ? "replica " + FASTEST : "ANOTHER replica", fastest, runnerUp,
                losersAbandoned ? "interrupted" : "NOT abandoned", closedAt);
        return new CaseOutcome(held, summary, details);
    }
}
