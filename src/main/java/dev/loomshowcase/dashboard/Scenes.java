package dev.loomshowcase.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SceneEntry;
import dev.loomshowcase.scenario.SceneView;
import dev.loomshowcase.scenes.SceneRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the dashboard's run buttons run: the registry's scenes that have cells (and the talk's
 * {@code env} step), in registry order (the talk's first), then the main job. Each entry says what the
 * page draws while it runs.
 */
final class Scenes {

    /** The main job: every scenario of the matrix, then the matrix. */
    static final String MAIN = "main";
    /** The seed's exercise 1: this machine's cores and carriers (no cells). */
    static final String ENV = SceneRegistry.ENV;

    /**
     * One button, as the page reads it.
     *
     * @param name    the name in {@code POST /run/{name}}, as on the command line
     * @param title   the button's words
     * @param view    what the page shows while it runs
     * @param talk    true when the talk plays it
     * @param caption what the speaker says before it
     * @param scene   the registry's entry behind it; {@code null} for the main job
     */
    record Entry(String name, String title, SceneView view, boolean talk, String caption, @JsonIgnore SceneEntry scene) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Scenes() {
        for (SceneEntry scene : SceneRegistry.all()) {
            if (scene.scenario() != null || scene.name().equals(ENV)) {
                add(new Entry(scene.name(), scene.title(), scene.view(), scene.talk(), scene.caption(), scene));
            }
        }
        add(new Entry(MAIN, "the main job: the matrix", SceneView.MATRIX, false, "", null));
    }

    private void add(Entry entry) {
        entries.put(entry.name(), entry);
    }

    /** Every entry, in button order. */
    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** Every name a run request may use. */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The scenario behind a name, for analysing its cells as they land; empty for the main job and env. */
    Optional<Scenario> scenario(String name, RunMode mode) {
        return entry(name).filter(e -> e.scene() != null).flatMap(e -> e.scene().scenarioFor(mode));
    }
}
