package dev.loomshowcase.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One scene as the registry lists it: its name, title and caption, written once, and what runs it.
 * The CLI's subcommands, the main job's plan, the dashboard's buttons, the talk runner and the engine's
 * workload lookup all read these entries, so adding a scene is its folder plus one entry.
 *
 * @param name      the command-line name, e.g. {@code fetch-all} (the scenario's own {@code NAME})
 * @param title     the dashboard button's words
 * @param caption   what the speaker says before the scene (empty for scenes outside the talk)
 * @param talk      true when the talk plays it, in registry order
 * @param view      what the dashboard draws while it runs
 * @param scenario  makes the scene's scenario for a run mode; {@code null} for a scene with no cells ({@code env})
 * @param workloads the workloads its cells name, for the engine's lookup in a child JVM
 */
public record SceneEntry(String name, String title, String caption, boolean talk, SceneView view,
                         @JsonIgnore Function<RunMode, Scenario> scenario,
                         @JsonIgnore Map<String, Function<CellSpec, Workload>> workloads) {

    /** The scene's scenario for {@code mode}; empty for a scene with no cells. */
    public Optional<Scenario> scenarioFor(RunMode mode) {
        return Optional.ofNullable(scenario).map(factory -> factory.apply(mode));
    }
}
