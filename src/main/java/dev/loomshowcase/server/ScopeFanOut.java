package dev.loomshowcase.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeoutException;

/**
 * The Loom way: one virtual thread per call, forked inside a {@link StructuredTaskScope}.
 *
 * <p>The joiner ({@link Joiner#allSuccessfulOrThrow()}) cancels the siblings as soon as one call
 * fails: their threads are interrupted and abandon their HTTP calls, so a failure answers in the time
 * of the failing call. The scope's timeout is the deadline of the whole fan-out. Nothing to size.
 */
final class ScopeFanOut implements FanOut {

    private final Duration deadline;

    ScopeFanOut(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public List<String> all(String name, List<Callable<String>> calls)
            throws ExecutionException, TimeoutException, InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow(),
                cfg -> cfg.withTimeout(deadline).withName(name))) {
            List<Subtask<String>> forked = calls.stream().map(scope::fork).toList();
            scope.join();
            return forked.stream().map(Subtask::get).toList();
        } catch (StructuredTaskScope.FailedException e) {
            throw new ExecutionException(e.getCause());
        } catch (StructuredTaskScope.TimeoutException e) {
            throw new TimeoutException("past " + deadline.toMillis() + " ms");
        }
    }

    @Override
    public void close() {
    }
}
