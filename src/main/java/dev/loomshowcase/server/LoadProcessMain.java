package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator as a process of its own, started by a {@code server} cell ({@link LoadProcess}):
 * so its CPU is its own, not the server's, and it takes no carrier from the server under test.
 *
 * <p>Arguments: target URL, clients, warm-up ms, window ms, windows, request timeout ms. It prints
 * {@code boundary K} as each window boundary passes, then one line {@code report <json>}.
 */
public final class LoadProcessMain {

    static final String BOUNDARY = "boundary ";
    static final String REPORT = "report ";

    private LoadProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        LoadSpec spec = new LoadSpec(URI.create(args[0]), Integer.parseInt(args[1]), Duration.ofMillis(Long.parseLong(args[2])),
                Duration.ofMillis(Long.parseLong(args[3])), null, Duration.ofMillis(Long.parseLong(args[5])), false,
                Duration.ofMillis(args.length > 6 ? Long.parseLong(args[6]) : 0));
        int windows = Integer.parseInt(args[4]);
        List<Double> marks = new ArrayList<>();
        List<LoadGenerator.Settling> settling = new ArrayList<>();
        List<LoadResult> results = LoadGenerator.run(spec, windows, boundary -> {
            marks.add(ProcessCpu.selfMs());
            System.out.println(BOUNDARY + boundary);
            System.out.flush();
        }, settling::add);
        List<Double> cpu = new ArrayList<>();
        for (int w = 0; w + 1 < marks.size(); w++) {
            cpu.add(marks.get(w + 1) - marks.get(w));
        }
        System.out.println(REPORT + new ObjectMapper().writeValueAsString(new LoadReport(results, cpu, settling.getFirst().warmupMs(), settling.getFirst().settled())));
        System.out.flush();
    }
}
