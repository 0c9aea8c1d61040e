package dev.loomshowcase.scenes.mixed;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MixedWorkloadTest {

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"SEQUENTIAL", "VIRTUAL"})
    void eachTaskHashesTheBodyItFetched(ThreadModel model) throws Exception {
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, 0.01);
             var downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10));
             var workload = new MixedWorkload(downstream, 3, 5)) {
            List<Object> results = model.runner(2).runAll(workload.tasks());
            workload.verify(results);
            String body = downstream.fetchPosts(2);
            String expected = HexFormat.of().formatHex(HashChain.hash(body.getBytes(StandardCharsets.UTF_8), 5));
            assertEquals(expected, results.get(1), "task 2 hashed user 2's posts, 5 rounds");
        }
    }
}
