package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.ScenarioResult;

/**
 * A scenario made for the stage: besides the common table it draws a picture (an event log,
 * verdicts) from what its cells recorded in that run. (The timeline's lanes are drawn on the report
 * side, by {@code report.TimelinePicture}.)
 */
public interface Scene extends Scenario {

    /** The picture a room can read, drawn from the measured result. */
    String picture(ScenarioResult result);
}
