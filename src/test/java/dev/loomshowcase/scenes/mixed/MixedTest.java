package dev.loomshowcase.scenes.mixed;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mixed scene's variants against the embedded stubs (delays scaled to a hundredth). Each user's
 * posts get a body of their own here, so a digest in the wrong place would show.
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MixedTest {

    private static final int TASKS = 4;
    private static final int ROUNDS = 50;
    private static StubServer stubs;
    private static Downstream api;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, 0.01);
        for (int user = 1; user <= TASKS; user++) {
            stubs.wireMock().stubFor(WireMock.get(WireMock.urlPathEqualTo("/posts"))
                    .withQueryParam("userId", WireMock.equalTo(Integer.toString(user))).atPriority(1)
                    .willReturn(WireMock.okJson("[{\"id\": " + user + ", \"title\": \"posts of user " + user + "\"}]")));
        }
        api = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopStubs() {
        api.close();
        stubs.close();
    }

    @Test
    void sequentialHashesEachUsersPostsInTaskOrder() throws Exception {
        List<String> digests = Mixed.sequential(api, TASKS, ROUNDS);
        assertEquals(TASKS, digests.size());
        assertTrue(digests.stream().allMatch(d -> d.matches("[0-9a-f]{64}")), digests.toString());
        assertEquals(TASKS, Set.copyOf(digests).size(), "each user's posts hash to their own digest");
        assertEquals(Mixed.task(api, 3, ROUNDS), digests.get(2), "task 3 hashed user 3's posts");
    }

    @Test
    void everyVariantGivesTheSequentialDigests() throws Exception {
        List<String> expected = Mixed.sequential(api, TASKS, ROUNDS);
        assertEquals(expected, Mixed.structured(api, TASKS, ROUNDS), "structured");
        assertEquals(expected, Mixed.fixedPool(api, TASKS, ROUNDS, 1), "fixed pool of 1");
        assertEquals(expected, Mixed.fixedPool(api, TASKS, ROUNDS, 2), "fixed pool of 2");
        assertEquals(expected, Mixed.threadPerTask(api, TASKS, ROUNDS), "thread per task");
    }

    @Test
    void structuredGivesWhatTheMixedWorkloadComputes() throws Exception {
        List<Object> computed = new ArrayList<>();
        try (var workload = new MixedWorkload(new Downstream(stubs.baseUrl(), Duration.ofSeconds(10)), TASKS, ROUNDS)) {
            for (Callable<Object> task : workload.tasks()) {
                computed.add(task.call());
            }
            List<String> shown = Mixed.structured(api, TASKS, ROUNDS);
            assertEquals(computed, List.copyOf(shown));
            workload.verify(List.copyOf(shown));
        }
    }
}
