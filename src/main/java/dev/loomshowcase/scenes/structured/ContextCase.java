package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.StructuredTaskScope;

/**
 * Context: a {@link ScopedValue} bound by the scope's owner is visible in every subtask forked in
 * it, nested scopes included, without being passed as an argument. A plain thread started from a
 * subtask does not inherit it: the contrast shows the binding follows the scope tree, not "any thread".
 */
public record ContextCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

    private static final List<String> SUBTASKS = List.of("user", "posts", "comments", "nested-user", "nested-posts");

    @Override
    public String name() {
        return "context";
    }

    @Override
    public CaseOutcome run() throws Exception {
        String requestId = "req-" + Long.toHexString(System.nanoTime());
        Map<String, String> seen = new ConcurrentHashMap<>();
        ScopedValue.where(REQUEST_ID, requestId).call(() -> fanOut(seen));
        return judge(requestId, seen, REQUEST_ID.isBound());
    }

    private Void fanOut(Map<String, String> seen) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            scope.fork(() -> see(seen, "user", () -> downstream.fetchUser(1)));
            scope.fork(() -> see(seen, "posts", () -> downstream.fetchPosts(1)));
            scope.fork(() -> see(seen, "comments", () -> downstream.fetchComments(1)));
            scope.fork(() -> nested(seen));
            scope.join();
        }
        return null;
    }

    private String nested(Map<String, String> seen) throws InterruptedException {
        try (var inner = StructuredTaskScope.open()) {
            inner.fork(() -> see(seen, "nested-user", () -> downstream.fetchUser(2)));
            inner.fork(() -> see(seen, "nested-posts", () -> downstream.fetchPosts(2)));
            Thread plain = Thread.ofPlatform().start(() -> seen.put("plain-thread", current()));
            plain.join();
            inner.join();
        }
        return "nested";
    }

    private static String see(Map<String, String> seen, String name, java.util.concurrent.Callable<String> call) throws Exception {
        seen.put(name, current());
        return call.call();
    }

    private static String current() {
        return REQUEST_ID.isBound() ? REQUEST_ID.get() : "(unbound)";
    }

    private CaseOutcome judge(String requestId, Map<String, String> seen, boolean boundAfter) {
        long sawIt = SUBTASKS.stream().filter(s -> requestId.equals(seen.get(s))).count();
        boolean plainUnbound = "(unbound)".equals(seen.get("plain-thread"));
        boolean held = sawIt == SUBTASKS.size() && !boundAfter;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestId", requestId);
        details.put("seenBy", new java.util.TreeMap<>(seen));
        details.put("subtasksThatSawIt", sawIt + "/" + SUBTASKS.size());
        details.put("boundAfterScope", boundAfter);
        String summary = String.format(Locale.ROOT,
                "%d/%d subtasks (2 in a nested scope) saw the owner's %s; a plain thread saw %s; unbound after: %s",
                sawIt, SUBTASKS.size(), requestId, plainUnbound ? "nothing" : seen.get("plain-thread"), !boundAfter);
        return new CaseOutcome(held, summary, details);
    }
}
