package dev.loomshowcase.scenes.structured;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.downstream.Downstream;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.TimeUnit;

/**
 * Observability: while a "request" scope waits on a nested "fan-out" scope whose two calls are in
 * flight, the owner takes a JSON thread dump of its own JVM (what
 * {@code jcmd <pid> Thread.dump_to_file -format=json FILE} writes) and reads the scopes back as a
 * tree. Structured concurrency makes the task hierarchy visible to tools, not only to code.
 */
public record ThreadDumpCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    @Override
    public String name() {
        return "thread-dump";
    }

    @Override
    public CaseOutcome run() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(2);
        ThreadDumpTree tree;
        try (var request = StructuredTaskScope.open(StructuredTaskScope.Joiner.awaitAll(), cfg -> cfg.withName("request"))) {
            request.fork(() -> fanOut(inFlight));
            if (!inFlight.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the nested scope's calls did not start within 10 s");
            }
            tree = dumpScopes();
            request.join();
        }
        return judge(tree);
    }

    private String fanOut(CountDownLatch inFlight) throws InterruptedException {
        try (var fanOut = StructuredTaskScope.open(StructuredTaskScope.Joiner.awaitAll(), cfg -> cfg.withName("fan-out"))) {
            fanOut.fork(() -> call(inFlight, () -> downstream.fetchUser(1)));
            fanOut.fork(() -> call(inFlight, () -> downstream.fetchPosts(1)));
            fanOut.join();
        }
        return "fanned out";
    }

    private static String call(CountDownLatch inFlight, java.util.concurrent.Callable<String> call) throws Exception {
        inFlight.countDown();
        return call.call();
    }

    /** Dumps this JVM's threads as JSON to a temporary file and reads its scopes. */
    static ThreadDumpTree dumpScopes() throws IOException {
        Path dir = Files.createTempDirectory("loom-showcase-dump");
        Path file = dir.resolve("threads.json");
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            return ThreadDumpTree.parse(Json.mapper().readTree(file.toFile()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private CaseOutcome judge(ThreadDumpTree tree) {
        var fanOut = tree.scopes().stream().filter(c -> c.label().equals("fan-out")).findFirst();
        var request = tree.scopes().stream().filter(c -> c.label().equals("request")).findFirst();
        boolean nested = fanOut.isPresent() && request.isPresent() && fanOut.get().parent().equals(request.get().name());
        boolean bothCalls = fanOut.map(c -> c.threads().size() == 2).orElse(false);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scopes", tree.scopes().size());
        details.put("depth", tree.depth());
        details.put("tree", tree.render());
        String summary = String.format(Locale.ROOT,
                "thread dump shows %d scopes, %d deep; fan-out %s inside request, with %s",
                tree.scopes().size(), tree.depth(), nested ? "nested" : "NOT nested",
                fanOut.map(c -> c.threads().size() + " threads").orElse("no threads"));
        return new CaseOutcome(nested && bothCalls, summary, details);
    }
}
