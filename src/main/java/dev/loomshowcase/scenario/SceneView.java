package dev.loomshowcase.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the live dashboard draws while a scene runs. */
public enum SceneView {
    /** Carrier lanes: which carrier ran which phase. */
    LANES("lanes"),
    /** Threads or requests in flight over time. */
    IN_FLIGHT("in-flight"),
    /** The scenario's table, cell by cell as they land. */
    TABLE("table"),
    /** The seed's decision matrix, filled as scenarios finish. */
    MATRIX("matrix"),
    /** This machine's cores and carriers. */
    ENV("env");

    private final String id;

    SceneView(String id) {
        this.id = id;
    }

    /** The name the page's script uses. */
    @JsonValue
    public String id() {
        return id;
    }
}
