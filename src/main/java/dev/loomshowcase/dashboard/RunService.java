package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.report.VerdictReport;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.ScenarioRunner;
import dev.loomshowcase.scenario.Scene;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /run/{scenario}?quick=true&carriers=1,2} starts a run (202) unless one is running (409)
 * or the request is bad (400, with the reason as JSON); {@code POST /stop} stops the run;
 * {@code GET /scenes} lists the run buttons.
 */
final class RunService implements HttpService {

    private final Scenes scenes;
    private final Runs runs;
    private final EventHub hub;
    private final MainJobRunner mainJob;

    RunService(Scenes scenes, Runs runs, EventHub hub, MainJobRunner mainJob) {
        this.scenes = scenes;
        this.runs = runs;
        this.hub = hub;
        this.mainJob = mainJob;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/run/{scenario}", this::run)
                .post("/stop", this::stop)
                .get("/scenes", (req, res) -> send(res, 200, scenes.all()));
    }

    private void run(ServerRequest request, ServerResponse response) {
        RunRequest asked;
        try {
            Map<String, List<String>> query = new HashMap<>(request.query().toMap());
            query.remove(AccessToken.PARAM); // RequestGuard's, not a run option
            asked = RunRequest.parse(request.path().pathParameters().get("scenario"), query, scenes.names());
        } catch (BadRequest e) {
            send(response, 400, new ErrorJson(400, "bad-request", e.getMessage()));
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", asked.mode().name());
        details.put("carriers", asked.carriers());
        details.put("view", scenes.entry(asked.scenario()).orElseThrow().view());
        Optional<Runs.Active> started = runs.start(asked.scenario(), details, () -> body(asked));
        if (started.isEmpty()) {
            send(response, 409, busy());
            return;
        }
        details.put("run", started.get().id());
        details.put("scenario", asked.scenario());
        send(response, 202, details);
    }

    private ErrorJson busy() {
        String what = runs.active().map(a -> "'" + a.scenario() + "' is running (run " + a.id() + ", "
                + (System.nanoTime() - a.startNanos()) / 1_000_000_000 + " s so far)").orElse("a run is ending");
        return new ErrorJson(409, "busy", what + "; one run at a time: wait for its end or stop it (POST /stop, key S)");
    }

    private void stop(ServerRequest request, ServerResponse response) {
        if (runs.stop("stopped from the dashboard")) {
            send(response, 202, Map.of("stopping", true));
        } else {
            send(response, 409, new ErrorJson(409, "idle", "no run is in progress"));
        }
    }

    /** What a run does, on its own thread: env facts, one scenario, or the main job. */
    private void body(RunRequest asked) throws Exception {
        if (asked.scenario().equals(Scenes.ENV)) {
            hub.publish("env", EnvFacts.now());
            return;
        }
        RunOptions options = new RunOptions(asked.mode(), asked.carriers(), null, Map.of(LiveLine.PARAM, "true"));
        if (asked.scenario().equals(Scenes.MAIN)) {
            Map<String, Optional<Scenario>> analysts = new ConcurrentHashMap<>();
            LiveProgress progress = new LiveProgress(hub,
                    spec -> analysts.computeIfAbsent(spec.workload(), name -> scenes.scenario(name, asked.mode())),
                    true, asked.mode().name());
            VerdictReport report = mainJob.run(options, progress, progress::planned);
            hub.publish("report", Map.of("matrix", report.matrix(), "notes", report.notes(), "elapsedS", report.elapsedS()));
            return;
        }
        Scenario scenario = scenes.scenario(asked.scenario(), asked.mode()).orElseThrow();
        LiveProgress progress = new LiveProgress(hub, spec -> Optional.of(scenario), false, asked.mode().name());
        ScenarioResult result = new ScenarioRunner(progress).run(scenario, options);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("result", result);
        if (scenario instanceof Scene scene) {
            event.put("picture", scene.picture(result));
        }
        hub.publish("scenario", event);
    }

    private static void send(ServerResponse response, int status, Object body) {
        response.status(Status.create(status)).header(HeaderValues.CONTENT_TYPE_JSON).send(Json.compact(body));
    }
}
