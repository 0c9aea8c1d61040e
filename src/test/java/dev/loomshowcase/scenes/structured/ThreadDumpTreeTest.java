package dev.loomshowcase.scenes.structured;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading scopes out of a JSON thread dump, in the format JDK 25 writes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThreadDumpTreeTest {

    private static final String DUMP = """
            {"threadDump": {"processId": "1", "threadContainers": [
              {"container": "<root>", "parent": null, "owner": null, "threads": [{"tid": "3", "name": "main", "state": "WAITING", "stack": []}]},
              {"container": "ForkJoinPool-1/jdk.internal.vm.SharedThreadContainer@1", "parent": "<root>", "owner": null, "threads": []},
              {"container": "request/jdk.internal.misc.ThreadFlock$ThreadContainerImpl@a", "parent": "<root>", "owner": "3",
               "threads": [{"tid": "23", "virtual": true, "state": "WAITING", "stack": ["java.base/X.park(X.java:1)", "dev.loomshowcase.A.fanOut(A.java:9)"]}]},
              {"container": "fan-out/jdk.internal.misc.ThreadFlock$ThreadContainerImpl@b", "parent": "request/jdk.internal.misc.ThreadFlock$ThreadContainerImpl@a", "owner": "23",
               "threads": [{"tid": "25", "virtual": true, "state": "WAITING", "stack": []}, {"tid": "27", "virtual": true, "state": "WAITING", "stack": []}]}
            ]}}
            """;

    @Test
    void scopesAreDrawnAsATreeWithTheirThreads() throws Exception {
        ThreadDumpTree tree = ThreadDumpTree.parse(Json.mapper().readTree(DUMP));
        assertEquals(2, tree.scopes().size(), "only containers with an owner are scopes");
        assertEquals(2, tree.depth());
        assertEquals(List.of(
                "scope request (owner #3, 1 threads)",
                "  - #23 virtual WAITING in A.fanOut",
                "  scope fan-out (owner #23, 2 threads)",
                "    - #25 virtual WAITING in -",
                "    - #27 virtual WAITING in -"), tree.render());
    }
}
