package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.observe.CgroupFiles;
import dev.loomshowcase.observe.SchedulerSettings;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The seed's exercise 1 for the page: cores, the carriers virtual threads get, the JDK; read from this JVM. */
final class EnvFacts {

    private EnvFacts() {
    }

    static Map<String, Object> now() {
        Environment env = Environment.current();
        SchedulerSettings scheduler = SchedulerSettings.current();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cores", env.cores());
        facts.put("parallelism", scheduler.parallelism());
        facts.put("parallelismSet", scheduler.parallelismSet());
        facts.put("maxPoolSize", scheduler.maxPoolSize());
        facts.put("jdk", env.jdk() + " (" + env.vendor() + ")");
        facts.put("preview", env.preview());
        facts.put("cpuLimit", CgroupFiles.system().cpuLimit());
        facts.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        facts.put("os", env.os() + " " + env.arch());
        return facts;
    }
}
