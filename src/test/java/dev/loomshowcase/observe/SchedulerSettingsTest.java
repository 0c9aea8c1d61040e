package dev.loomshowcase.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulerSettingsTest {

    @Test
    void defaultsFollowTheCoresAndAtLeast256() {
        SchedulerSettings s = SchedulerSettings.of(null, null, 2);
        assertEquals(2, s.parallelism());
        assertEquals(256, s.maxPoolSize());
        assertFalse(s.parallelismSet());
    }

    @Test
    void propertiesWinAndMaxPoolSizeCapsParallelism() {
        assertEquals(300, SchedulerSettings.of("300", null, 2).maxPoolSize());
        SchedulerSettings capped = SchedulerSettings.of("8", "4", 2);
        assertEquals(4, capped.parallelism());
        assertTrue(capped.parallelismSet() && capped.maxPoolSizeSet());
    }
}
