package dev.loomshowcase.workload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.StructuredTaskScope;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README says of stack traces, checked: a failure inside an async stage carries a trace of
 * the executor's thread that names neither the method that composed the stage nor its caller; the
 * same failure in a blocking call on a virtual thread carries the method that made the call.
 */
@Timeout(30)
class AsyncStackTraceTest {

    private static String parse(String body) {
        throw new IllegalArgumentException("bad body: " + body);
    }

    private static CompletableFuture<String> composeAsync(ExecutorService executor) {
        return CompletableFuture.supplyAsync(() -> "{", executor).thenApplyAsync(AsyncStackTraceTest::parse, executor);
    }

    private static String fetchAndParse() {
        return parse("{");
    }

    private static boolean names(Throwable error, String method) {
        return Arrays.stream(error.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals(method));
    }

    @Test
    void anAsyncStageLosesItsCallerABlockingCallKeepsIt() throws Exception {
        Throwable async;
        try (ExecutorService executor = Executors.newFixedThreadPool(1)) {
            async = assertThrows(CompletionException.class, () -> composeAsync(executor).join()).getCause();
        }
        assertTrue(names(async, "parse"), "the failing frame itself is there");
        assertFalse(names(async, "composeAsync"), "yet not the method that composed the stage");

        Throwable blocking;
        try (var scope = StructuredTaskScope.open()) {
            scope.fork(AsyncStackTraceTest::fetchAndParse);
            blocking = assertThrows(StructuredTaskScope.FailedException.class, scope::join).getCause();
        }
        assertTrue(names(blocking, "parse") && names(blocking, "fetchAndParse"), "the virtual thread's trace names its caller");
    }
}
